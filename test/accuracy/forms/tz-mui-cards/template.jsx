/**
 * A startup careers page on MUI with plain React state, driven by a per-posting config: contact
 * TextFields (phone behind a fixed "+1" adornment), employer questions rendered as radio cards
 * (a RadioGroup whose FormControlLabels sit in outlined Cards with a title and a description),
 * exclusive ToggleButtonGroups (segmented buttons with aria-pressed), labelled Switches that may
 * reveal a follow-up, single Selects (menus in a popover) and multiple Selects with chips, a
 * language table (Autocomplete + proficiency Select), file slots as Buttons around visually
 * hidden inputs, and consent Checkboxes. State is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';

const hiddenInput = { clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', whiteSpace: 'nowrap', width: 1 };
const LANGUAGES = ['Arabic', 'Cantonese', 'Dutch', 'English', 'French', 'German', 'Hindi', 'Italian', 'Japanese', 'Korean', 'Mandarin', 'Polish', 'Portuguese', 'Russian', 'Spanish', 'Tagalog', 'Turkish', 'Vietnamese'];
const LEVELS = ['Basic', 'Conversational', 'Fluent', 'Native'];

function Cards({ q, value, onChange }) {
  return (
    <FormControl data-field={q.key} component="fieldset" required={q.required}>
      <FormLabel component="legend" sx={{ mb: 1, fontWeight: 600 }}>{q.label}</FormLabel>
      <RadioGroup name={q.key} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          {q.options.map((option) => (
            <Card key={option.title} variant="outlined" sx={{ flex: 1, p: 1.5, borderColor: value === option.title ? 'primary.main' : 'divider' }}>
              <FormControlLabel value={option.title} control={<Radio size="small" />} sx={{ alignItems: 'flex-start', m: 0 }}
                label={<Box><Typography fontWeight={600}>{option.title}</Typography>{option.text && <Typography variant="body2" color="text.secondary">{option.text}</Typography>}</Box>} />
            </Card>
          ))}
        </Stack>
      </RadioGroup>
    </FormControl>
  );
}

function Segmented({ q, value, onChange }) {
  return (
    <FormControl data-field={q.key}>
      <FormLabel id={`${q.key}-label`} sx={{ mb: 1 }}>{q.label}</FormLabel>
      <ToggleButtonGroup exclusive size="small" color="primary" value={value} aria-labelledby={`${q.key}-label`} onChange={(_, next) => onChange(next)}>
        {q.options.map((option) => <ToggleButton key={option} value={option} sx={{ textTransform: 'none', px: 2 }}>{option}</ToggleButton>)}
      </ToggleButtonGroup>
      {q.hint && <FormHelperText>{q.hint}</FormHelperText>}
    </FormControl>
  );
}

function Pick({ q, value, onChange }) {
  const multiple = q.type === 'multiselect';
  return (
    <FormControl data-field={q.key} fullWidth required={q.required}>
      <InputLabel id={`${q.key}-label`} shrink>{q.label}</InputLabel>
      <Select labelId={`${q.key}-label`} id={q.key} label={q.label} notched multiple={multiple} displayEmpty value={value ?? (multiple ? [] : '')}
        onChange={(event) => onChange(event.target.value)}
        renderValue={(selected) => multiple
          ? (selected.length ? <Stack direction="row" spacing={0.5}>{selected.map((item) => <Chip key={item} label={item} size="small" />)}</Stack> : <span style={{ color: '#999' }}>Select all that apply</span>)
          : (selected || <span style={{ color: '#999' }}>Select…</span>)}>
        {q.options.map((option) => <MenuItem key={option} value={option}>{option}</MenuItem>)}
      </Select>
      {q.hint && <FormHelperText>{q.hint}</FormHelperText>}
    </FormControl>
  );
}

function Toggle({ q, value, onChange }) {
  return (
    <Box data-field={q.key}>
      <FormControlLabel control={<Switch checked={!!value} onChange={(event) => onChange(event.target.checked)} name={q.key} />} label={q.label} />
      {q.hint && <FormHelperText sx={{ ml: 6, mt: -0.5 }}>{q.hint}</FormHelperText>}
    </Box>
  );
}

function FileSlot({ slot, value, onChange }) {
  return (
    <Box data-field={slot.key}>
      <Typography fontWeight={600}>{slot.label}{slot.required ? ' *' : ''}</Typography>
      {slot.hint && <Typography variant="body2" color="text.secondary">{slot.hint}</Typography>}
      <Stack direction="row" spacing={1.5} alignItems="center" sx={{ mt: 0.5 }}>
        <Button component="label" variant="outlined" size="small">
          {slot.button}
          <input type="file" name={slot.key} accept={slot.accept} style={hiddenInput} onChange={(event) => onChange(event.target.files?.[0]?.name ?? null)} />
        </Button>
        <Typography variant="body2">{value ?? 'No file chosen'}</Typography>
      </Stack>
    </Box>
  );
}

export function renderApplication(config) {
  const initial = { fullName: '', email: '', phone: '', location: '', linkedin: '', github: '', languages: [{ language: null, level: '' }], source: '', referrer: '', privacy: false, newsletter: false };
  for (const q of config.questions) initial[q.key] = q.type === 'multiselect' ? [] : q.type === 'switch' ? false : null;
  for (const q of config.questions) if (q.follow) initial[q.follow.key] = '';
  for (const slot of config.files) initial[slot.key] = null;

  function Application() {
    const [form, setForm] = useState(initial);
    const [sent, setSent] = useState(false);
    const [tried, setTried] = useState(false);
    const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
    const text = (key, label, props = {}) => (
      <TextField id={key} name={key} label={label} fullWidth value={form[key]} onChange={(event) => set(key)(event.target.value)} {...props} />
    );
    const setLanguage = (index, part, value) => setForm((current) => ({ ...current, languages: current.languages.map((row, i) => (i === index ? { ...row, [part]: value } : row)) }));
    const requiredDone = () => form.fullName && form.email && form.privacy && config.files.every((slot) => !slot.required || form[slot.key])
      && config.questions.every((q) => !q.required || (form[q.key] !== null && form[q.key] !== ''));
    const submit = (event) => {
      event.preventDefault();
      setTried(true);
      if (requiredDone()) setSent(true);
    };
    if (sent) return <Typography variant="h5" id="apply-done">Thanks, {form.fullName.split(' ')[0]}! Your application is in.</Typography>;
    return (
      <Box component="form" onSubmit={submit} noValidate>
        <Typography variant="overline">{config.company} · {config.team}</Typography>
        <Typography variant="h4" component="h1" gutterBottom>{config.title}</Typography>
        <Typography color="text.secondary" gutterBottom>{config.where}</Typography>
        <Typography sx={{ mb: 3 }}>{config.intro}</Typography>
        <Stack spacing={2.5}>
          <Typography variant="h6">About you</Typography>
          {text('fullName', 'Full name', { required: true })}
          {text('email', 'Email', { required: true, type: 'email' })}
          {text('phone', 'Mobile number', { type: 'tel', slotProps: { input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } }, helperText: 'US numbers only' })}
          {text('location', config.locationLabel, { helperText: config.locationHint })}
          {text('linkedin', 'LinkedIn')}
          {text('github', config.githubLabel)}
          <Typography variant="h6">{config.questionsTitle}</Typography>
          {config.questions.map((q) => {
            const props = { q, value: form[q.key], onChange: set(q.key) };
            const node = q.type === 'cards' ? <Cards key={q.key} {...props} /> : q.type === 'segmented' ? <Segmented key={q.key} {...props} /> : q.type === 'switch' ? <Toggle key={q.key} {...props} /> : <Pick key={q.key} {...props} />;
            if (!q.follow) return node;
            const open = q.follow.when === form[q.key];
            return (
              <Box key={q.key}>
                {node}
                {open && <Box sx={{ mt: 2 }}>{text(q.follow.key, q.follow.label)}</Box>}
              </Box>
            );
          })}
          <Box data-field="languages">
            <Typography fontWeight={600}>Languages</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>Which languages do you speak, and how well?</Typography>
            {form.languages.map((row, index) => (
              <Stack direction="row" spacing={2} key={index} sx={{ mb: 1.5 }} data-row={index}>
                <Autocomplete sx={{ flex: 2 }} options={LANGUAGES} value={row.language} onChange={(_, value) => setLanguage(index, 'language', value)}
                  renderInput={(params) => <TextField {...params} id={`language-${index}`} label="Language" />} />
                <FormControl sx={{ flex: 1 }}>
                  <InputLabel id={`level-${index}-label`}>Proficiency</InputLabel>
                  <Select labelId={`level-${index}-label`} id={`level-${index}`} label="Proficiency" value={row.level} onChange={(event) => setLanguage(index, 'level', event.target.value)}>
                    {LEVELS.map((level) => <MenuItem key={level} value={level}>{level}</MenuItem>)}
                  </Select>
                </FormControl>
              </Stack>
            ))}
            <Button size="small" onClick={() => setForm((current) => ({ ...current, languages: [...current.languages, { language: null, level: '' }] }))}>+ Add another language</Button>
          </Box>
          <Typography variant="h6">Documents</Typography>
          {config.files.map((slot) => <FileSlot key={slot.key} slot={slot} value={form[slot.key]} onChange={set(slot.key)} />)}
          <Pick q={{ key: 'source', label: 'How did you hear about us?', options: ['LinkedIn', 'Hacker News', 'A friend or employee', 'Conference or meetup', 'Our blog', 'Other'] }} value={form.source} onChange={set('source')} />
          {form.source === 'A friend or employee' && text('referrer', 'Who referred you?')}
          <Box data-field="privacy">
            <FormControlLabel control={<Checkbox checked={form.privacy} onChange={(event) => set('privacy')(event.target.checked)} name="privacy" />} label={`I agree to ${config.company}'s candidate privacy notice *`} />
            {tried && !form.privacy && <FormHelperText error>Please accept the privacy notice.</FormHelperText>}
          </Box>
          <Box data-field="newsletter">
            <FormControlLabel control={<Checkbox checked={form.newsletter} onChange={(event) => set('newsletter')(event.target.checked)} name="newsletter" />} label={config.newsletter} />
          </Box>
          {tried && !requiredDone() && <Typography color="error">Please fill in the required fields.</Typography>}
          <Button type="submit" variant="contained" size="large" id="submit-application">Submit application</Button>
        </Stack>
        <pre id="model">{JSON.stringify(form, null, 1)}</pre>
      </Box>
    );
  }

  createRoot(document.getElementById('root')).render(<Application />);
}
