/*
 * Saffronmere Travel careers: the job page (MUI 9) with an "Apply for this job" button that opens
 * a MUI **Dialog** (portal to <body>, `scroll="paper"`, the page behind it aria-hidden) holding the
 * application. Inside: TextFields, a phone TextField with a "(555) 555-5555" placeholder, an
 * Autocomplete `freeSolo` "Where are you based?" whose options are airports-style metro names
 * ("San Francisco Bay Area, CA"), an Autocomplete `multiple` of other hubs (leave), a MUI X
 * **DatePicker** (v9 sections over a hidden input) for the start, **react-number-format**
 * NumericFormat as the salary TextField's input ("$150,000"; state keeps the number),
 * ToggleButtonGroups for Yes/No questions (aria-pressed buttons, no inputs), a non-native Select
 * with sentence options, a VisuallyHidden file input inside a Button (the docs' pattern), Checkbox
 * consent. The page's own state goes to <pre id="model">.
 */
import { forwardRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, Chip, Container, CssBaseline, Dialog, DialogActions, DialogContent, DialogTitle,
  Divider, FormControl, FormControlLabel, FormHelperText, FormLabel, InputAdornment, InputLabel, MenuItem, Paper, Select, TextField,
  ToggleButton, ToggleButtonGroup, Toolbar, Typography, styled,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { NumericFormat } from 'react-number-format';

const METROS = [
  'Atlanta Metro, GA', 'Austin Area, TX', 'Boston Area, MA', 'Chicago Metro, IL', 'Denver Metro, CO', 'Greater Los Angeles, CA', 'Miami Area, FL',
  'New York City Metro, NY', 'Portland Metro, OR', 'San Diego Area, CA', 'San Francisco Bay Area, CA', 'Seattle Metro, WA', 'Toronto Area, ON', 'Vancouver Area, BC',
];
const HUBS = ['Lisbon', 'London', 'Mexico City', 'New York', 'Singapore'];
const VisuallyHiddenInput = styled('input')({
  clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', bottom: 0, left: 0, whiteSpace: 'nowrap', width: 1,
});
const Money = forwardRef(function Money(props, ref) {
  const { onChange, ...other } = props;
  return <NumericFormat {...other} getInputRef={ref} thousandSeparator valueIsNumericString prefix="$" onValueChange={(v) => onChange({ target: { name: props.name, value: v.value } })} />;
});

function App() {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [form, setForm] = useState({
    fullName: '', email: '', phone: '', basedIn: null, hubs: [], linkedin: '', employer: '', jobTitle: '', years: '',
    startDate: null, salary: '', authorized: null, sponsorship: '', relocate: null, resume: '', coverLetter: '', tripStory: '', consent: false,
  });
  const [search, setSearch] = useState('');
  const [deals, setDeals] = useState('');
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, label, props = {}) => (
    <TextField id={`sm-${key}`} name={key} label={label} fullWidth margin="dense" value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props} />
  );
  const yesNo = (key, label) => (
    <FormControl margin="dense" fullWidth>
      <FormLabel id={`sm-${key}-label`} sx={{ mb: 0.5 }}>{label}</FormLabel>
      <ToggleButtonGroup id={`sm-${key}`} exclusive size="small" color="primary" value={form[key]} onChange={(_, v) => set(key)(v)} aria-labelledby={`sm-${key}-label`}>
        <ToggleButton value="yes">Yes</ToggleButton>
        <ToggleButton value="no">No</ToggleButton>
      </ToggleButtonGroup>
    </FormControl>
  );
  const model = { ...form, startDate: form.startDate ? form.startDate.format('YYYY-MM-DD') : null, open, search, deals };
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <CssBaseline />
      <AppBar position="static" elevation={0} sx={{ bgcolor: '#b5541c' }}>
        <Toolbar sx={{ gap: 3 }}>
          <Typography variant="h6" sx={{ fontWeight: 800, flex: 1 }}>saffronmere</Typography>
          <TextField id="sm-search" size="small" placeholder="Search trips" value={search} onChange={(e) => setSearch(e.target.value)} sx={{ bgcolor: '#fff', borderRadius: 1 }} slotProps={{ htmlInput: { 'aria-label': 'Search trips' } }} />
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ my: 4 }}>
        <Paper sx={{ p: 4 }}>
          <Typography variant="overline">Engineering · Data Platform · Remote (Americas)</Typography>
          <Typography variant="h4" gutterBottom>Staff Data Engineer, Pricing Data</Typography>
          <Typography paragraph>Saffronmere prices two million hotel nights a day. We are looking for a data engineer to own the pipelines behind our fare and rate models.</Typography>
          <Typography paragraph>What you bring: 6+ years of data engineering, Spark or Flink at scale, and the habit of writing things down.</Typography>
          {sent
            ? <Typography id="sm-done" color="success.main" variant="h6">Application sent — we'll be in touch within 10 days.</Typography>
            : <Button id="sm-open" variant="contained" size="large" onClick={() => setOpen(true)} sx={{ bgcolor: '#b5541c' }}>Apply for this job</Button>}
        </Paper>
        <Box component="form" onSubmit={(e) => e.preventDefault()} sx={{ mt: 3, display: 'flex', gap: 1, alignItems: 'center' }}>
          <Typography variant="body2">Get our weekly travel deals:</Typography>
          <TextField id="sm-deals" size="small" type="email" label="Email" value={deals} onChange={(e) => setDeals(e.target.value)} />
          <Button type="submit">Sign up</Button>
        </Box>
      </Container>
      <Dialog open={open} onClose={() => setOpen(false)} scroll="paper" maxWidth="sm" fullWidth aria-labelledby="sm-dialog-title">
        <DialogTitle id="sm-dialog-title">Apply — Staff Data Engineer, Pricing Data</DialogTitle>
        <DialogContent dividers>
          <form id="sm-form" noValidate onSubmit={(e) => { e.preventDefault(); if (form.consent && form.email) { setSent(true); setOpen(false); } }}>
            {text('fullName', 'Full name', { required: true, autoComplete: 'name' })}
            {text('email', 'Email', { required: true, type: 'email' })}
            {text('phone', 'Phone', { type: 'tel', placeholder: '(555) 555-5555' })}
            <Autocomplete
              freeSolo
              id="sm-basedIn"
              options={METROS}
              value={form.basedIn}
              onChange={(_, v) => set('basedIn')(v)}
              onInputChange={(_, v, reason) => reason === 'input' && set('basedIn')(v)}
              renderInput={(params) => <TextField {...params} name="basedIn" label="Where are you based?" margin="dense" helperText="Pick your metro area or type your city" />}
            />
            <Autocomplete
              multiple
              id="sm-hubs"
              options={HUBS}
              value={form.hubs}
              onChange={(_, v) => set('hubs')(v)}
              renderValue={(value, getItemProps) => value.map((option, index) => { const { key, ...rest } = getItemProps({ index }); return <Chip key={key} label={option} size="small" {...rest} />; })}
              renderInput={(params) => <TextField {...params} name="hubs" label="Which of our hubs would you visit for team weeks?" margin="dense" />}
            />
            {text('linkedin', 'LinkedIn profile')}
            <Divider sx={{ my: 2 }} />
            <Box sx={{ display: 'flex', gap: 2 }}>
              {text('employer', 'Current company')}
              {text('jobTitle', 'Current title')}
            </Box>
            {text('years', 'Years of professional data engineering experience', { type: 'number', slotProps: { htmlInput: { min: 0, max: 50 } } })}
            <Box data-field="startDate" sx={{ my: 1 }}>
              <DatePicker
                label="When could you start?"
                format="MM/DD/YYYY"
                disablePast
                value={form.startDate}
                onChange={set('startDate')}
                slotProps={{ textField: { fullWidth: true, id: 'sm-startDate', name: 'startDate', helperText: 'MM/DD/YYYY' } }}
              />
            </Box>
            <TextField
              id="sm-salary"
              name="salary"
              label="Base salary expectation (USD / year)"
              fullWidth
              margin="dense"
              value={form.salary}
              onChange={(e) => set('salary')(e.target.value)}
              slotProps={{ input: { inputComponent: Money } }}
            />
            {yesNo('authorized', 'Are you legally authorized to work in the United States?')}
            <FormControl fullWidth margin="dense">
              <InputLabel id="sm-sponsorship-label">Visa sponsorship</InputLabel>
              <Select labelId="sm-sponsorship-label" id="sm-sponsorship" label="Visa sponsorship" value={form.sponsorship} onChange={(e) => set('sponsorship')(e.target.value)}>
                <MenuItem value="none">I won't need Saffronmere to sponsor a visa</MenuItem>
                <MenuItem value="transfer">I'll need an H-1B transfer</MenuItem>
                <MenuItem value="new">I'll need new sponsorship</MenuItem>
              </Select>
            </FormControl>
            {yesNo('relocate', 'Would you relocate to Lisbon for two years if asked?')}
            <Box sx={{ my: 2 }}>
              <Button component="label" variant="outlined" tabIndex={-1}>
                Upload resume
                <VisuallyHiddenInput id="sm-resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
              </Button>
              <Typography component="span" variant="body2" sx={{ ml: 2 }}>{form.resume || 'PDF or Word'}</Typography>
            </Box>
            {text('coverLetter', 'Cover letter (optional)', { multiline: true, minRows: 4 })}
            {text('tripStory', 'Tell us about the best trip you ever planned', { multiline: true, minRows: 2 })}
            <FormControlLabel control={<Checkbox id="sm-consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} />} label="I agree to Saffronmere's candidate privacy notice" />
            {!form.consent && <FormHelperText>Required to submit</FormHelperText>}
          </form>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button id="sm-submit" type="submit" form="sm-form" variant="contained" sx={{ bgcolor: '#b5541c' }}>Submit application</Button>
        </DialogActions>
      </Dialog>
      <pre id="model">{JSON.stringify(model)}</pre>
    </LocalizationProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
