/**
 * A careers page built in-house on MUI with plain React state (postings share this file). The
 * posting's screening questions come from a config: yes/no asked as Switch statements, non-native
 * Selects, RadioGroups, a checkbox group, a number with a "$" adornment beside a "Per" Select, a
 * type=date TextField. The resume is an MUI Button around a visually hidden file input. State is
 * rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
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
import Typography from '@mui/material/Typography';

const hiddenInput = { clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', whiteSpace: 'nowrap', width: 1 };

function initialAnswers(questions) {
  const answers = {};
  for (const q of questions) {
    if (q.kind === 'switch') answers[q.id] = false;
    else if (q.kind === 'checks') answers[q.id] = [];
    else if (q.kind === 'pay') { answers[`${q.id}Amount`] = ''; answers[`${q.id}Per`] = q.per ?? ''; }
    else answers[q.id] = '';
  }
  return answers;
}

function Question({ q, value, answers, set }) {
  const required = Boolean(q.required);
  if (q.kind === 'switch')
    return (
      <FormControl data-q={q.id} required={required}>
        <FormControlLabel control={<Switch id={q.id} checked={value} onChange={(event) => set(q.id, event.target.checked)} />} label={q.label} />
        {q.help && <FormHelperText>{q.help}</FormHelperText>}
      </FormControl>
    );
  if (q.kind === 'select')
    return (
      <FormControl data-q={q.id} fullWidth required={required}>
        <InputLabel id={`${q.id}-label`}>{q.label}</InputLabel>
        <Select labelId={`${q.id}-label`} id={q.id} label={q.label} value={value} onChange={(event) => set(q.id, event.target.value)}>
          {q.options.map((option) => <MenuItem key={option} value={option}>{option}</MenuItem>)}
        </Select>
        {q.help && <FormHelperText>{q.help}</FormHelperText>}
      </FormControl>
    );
  if (q.kind === 'radio')
    return (
      <FormControl data-q={q.id} required={required}>
        <FormLabel id={`${q.id}-label`}>{q.label}</FormLabel>
        <RadioGroup row={q.options.length <= 3} aria-labelledby={`${q.id}-label`} name={q.id} value={value} onChange={(event) => set(q.id, event.target.value)}>
          {q.options.map((option) => <FormControlLabel key={option} value={option} control={<Radio />} label={option} />)}
        </RadioGroup>
      </FormControl>
    );
  if (q.kind === 'checks')
    return (
      <FormControl data-q={q.id} component="fieldset">
        <FormLabel component="legend">{q.label}</FormLabel>
        <FormGroup row>
          {q.options.map((option, index) => (
            <FormControlLabel key={option} label={option} control={
              <Checkbox id={`${q.id}-${index}`} checked={value.includes(option)}
                onChange={(event) => set(q.id, event.target.checked ? [...value, option] : value.filter((item) => item !== option))} />} />
          ))}
        </FormGroup>
      </FormControl>
    );
  if (q.kind === 'pay')
    return (
      <Stack direction="row" spacing={2} data-q={q.id}>
        <TextField id={`${q.id}Amount`} label={q.label} required={required} value={answers[`${q.id}Amount`]} sx={{ flex: 2 }}
          onChange={(event) => set(`${q.id}Amount`, event.target.value)} helperText={q.help}
          slotProps={{ input: { startAdornment: <InputAdornment position="start">$</InputAdornment> }, htmlInput: { inputMode: 'numeric' } }} />
        <FormControl sx={{ flex: 1 }} data-q={`${q.id}Per`}>
          <InputLabel id={`${q.id}Per-label`}>Per</InputLabel>
          <Select labelId={`${q.id}Per-label`} id={`${q.id}Per`} label="Per" value={answers[`${q.id}Per`]} onChange={(event) => set(`${q.id}Per`, event.target.value)}>
            {['Hour', 'Month', 'Year'].map((option) => <MenuItem key={option} value={option}>{option}</MenuItem>)}
          </Select>
        </FormControl>
      </Stack>
    );
  if (q.kind === 'date')
    return <TextField id={q.id} type="date" label={q.label} required={required} value={value} onChange={(event) => set(q.id, event.target.value)} helperText={q.help} slotProps={{ inputLabel: { shrink: true } }} />;
  return <TextField id={q.id} label={q.label} required={required} value={value} onChange={(event) => set(q.id, event.target.value)} helperText={q.help} multiline={q.kind === 'textarea'} minRows={q.kind === 'textarea' ? 3 : undefined} fullWidth />;
}

function App({ posting }) {
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', phone: '', city: '', linkedin: '', resume: '' });
  const [answers, setAnswers] = useState(() => initialAnswers(posting.questions));
  const [done, setDone] = useState(false);
  const [tried, setTried] = useState(false);
  const setField = (key) => (event) => setForm((current) => ({ ...current, [key]: event.target.value }));
  const set = (key, value) => setAnswers((current) => ({ ...current, [key]: value }));
  const missing = () => {
    const list = ['firstName', 'lastName', 'email', 'resume'].filter((key) => !form[key]);
    for (const q of posting.questions) {
      if (!q.required) continue;
      if (q.kind === 'pay' ? !answers[`${q.id}Amount`] : q.kind === 'switch' ? !answers[q.id] : !answers[q.id]) list.push(q.id);
    }
    return list;
  };
  const submit = (event) => {
    event.preventDefault();
    setTried(true);
    if (missing().length === 0) setDone(true);
  };
  if (done) return <p className="done" id="done">Thanks, {form.firstName}! Your application to {posting.company} is in.</p>;
  return (
    <form onSubmit={submit} noValidate>
      <Typography variant="h5" component="h1">{posting.job}</Typography>
      <Typography color="text.secondary" gutterBottom>{posting.company} · {posting.where}</Typography>
      <Stack spacing={2.5} sx={{ mt: 2 }}>
        <Typography variant="h6" component="h2">About you</Typography>
        <Stack direction="row" spacing={2}>
          <TextField id="firstName" label="First name" required value={form.firstName} onChange={setField('firstName')} fullWidth />
          <TextField id="lastName" label="Last name" required value={form.lastName} onChange={setField('lastName')} fullWidth />
        </Stack>
        <TextField id="email" type="email" label="Email" required value={form.email} onChange={setField('email')} />
        <TextField id="phone" type="tel" label="Phone" value={form.phone} onChange={setField('phone')} helperText="Include your country code" />
        <TextField id="city" label="City" value={form.city} onChange={setField('city')} helperText="Where do you live today?" />
        <TextField id="linkedin" label="LinkedIn profile" value={form.linkedin} onChange={setField('linkedin')} />
        <div data-q="resume">
          <Button component="label" variant="outlined" id="resume-button">
            {form.resume ? `Resume: ${form.resume}` : 'Upload resume *'}
            <input type="file" id="resume" accept=".pdf,.doc,.docx" style={hiddenInput}
              onChange={(event) => setForm((current) => ({ ...current, resume: event.target.files[0]?.name ?? '' }))} />
          </Button>
        </div>
        <Typography variant="h6" component="h2">Screening questions</Typography>
        {posting.questions.map((q) => <Question key={q.id} q={q} value={answers[q.id]} answers={answers} set={set} />)}
        {tried && missing().length > 0 && <Typography color="error" id="error">Please answer every required question.</Typography>}
        <Button type="submit" variant="contained" id="submit">Submit application</Button>
      </Stack>
      <pre id="model">{JSON.stringify({ ...form, answers })}</pre>
    </form>
  );
}

export function renderScreening(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
