/**
 * Talvik Freight careers: the job page with its "Quick apply" panel already open as a right-hand
 * MUI Drawer (temporary, so a backdrop covers the page). Inside: MUI TextFields, a phone TextField
 * whose input is a react-imask "(000) 000-0000" mask behind a "+1" adornment, an MUI Switch
 * "I'm currently employed" above employer and title boxes, an MUI Autocomplete for the school
 * whose options are fetched (from a local list, after a delay) as you type and must be picked,
 * a non-native MUI Select for the degree, an MUI Slider for years of experience, an MUI X
 * MobileDatePicker for the start date (read-only field, calendar in a dialog, nothing before
 * January 2027), a month/year DatePicker for graduation (optional), a react-number-format salary
 * ("$150,000"), a RadioGroup for sponsorship, a react-dropzone resume with a file preview row, a
 * multiline cover letter and a consent Checkbox. The state goes into <pre id="model">.
 */
import { forwardRef, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import {
  Autocomplete, Box, Button, Checkbox, CircularProgress, Drawer, FormControl, FormControlLabel, FormHelperText, FormLabel,
  IconButton, InputAdornment, InputLabel, MenuItem, Radio, RadioGroup, Select, Slider, Switch, TextField, Typography,
} from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { MobileDatePicker } from '@mui/x-date-pickers/MobileDatePicker';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { IMaskInput } from 'react-imask';
import { NumericFormat } from 'react-number-format';
import { useDropzone } from 'react-dropzone';

const SCHOOLS = [
  'Berkeley City College', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine',
  'University of California, Los Angeles', 'University of California, San Diego', 'University of California, Santa Cruz',
  'UC Berkeley Extension', 'California State University, East Bay', 'San Francisco State University', 'Stanford University',
  'University of San Francisco', 'University of Washington', 'Oregon State University', 'Georgia Institute of Technology',
];
const DEGREES = ['High school diploma / GED', "Associate's (AA/AS)", "Bachelor's (BA/BS)", "Master's (MA/MS/MBA)", 'Doctorate (PhD)', 'Other'];
const YEAR_MARKS = [0, 3, 6, 9, 12, 15].map((v) => ({ value: v, label: v === 15 ? '15+' : String(v) }));

const PhoneMask = forwardRef(function PhoneMask(props, ref) {
  const { onChange, name, ...other } = props;
  return <IMaskInput {...other} mask="(000) 000-0000" inputRef={ref} name={name} onAccept={(value) => onChange({ target: { name, value } })} overwrite />;
});

const MoneyFormat = forwardRef(function MoneyFormat(props, ref) {
  const { onChange, name, ...other } = props;
  return <NumericFormat {...other} getInputRef={ref} name={name} thousandSeparator valueIsNumericString prefix="$" onValueChange={(v) => onChange({ target: { name, value: v.value } })} />;
});

function fakeSchoolSearch(text) {
  return new Promise((resolve) => setTimeout(() => {
    const q = text.trim().toLowerCase();
    resolve(q.length < 2 ? [] : SCHOOLS.filter((s) => s.toLowerCase().includes(q)).slice(0, 8));
  }, 350));
}

function SchoolField({ value, onChange }) {
  const [input, setInput] = useState('');
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    if (input.trim().length < 2) { setOptions(value ? [value] : []); return; }
    setLoading(true);
    fakeSchoolSearch(input).then((found) => { if (mine === seq.current) { setOptions(found); setLoading(false); } });
  }, [input]);
  return (
    <Autocomplete
      id="tv-school" value={value} onChange={(_, v) => onChange(v)} inputValue={input} onInputChange={(_, v) => setInput(v)}
      options={options} filterOptions={(x) => x} loading={loading} noOptionsText={input.length < 2 ? 'Type at least 2 letters' : 'No schools found'}
      renderInput={(params) => (
        <TextField {...params} label="School or university" name="school" helperText="Start typing and choose your school from the list"
          slotProps={{ ...params.slotProps, input: { ...params.slotProps.input, endAdornment: (<>{loading ? <CircularProgress size={16} /> : null}{params.slotProps.input.endAdornment}</>) } }} />
      )}
    />
  );
}

function ResumeDrop({ file, onFile }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    multiple: false, accept: { 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] },
    onDrop: (files) => { if (files[0]) onFile(files[0]); },
  });
  return (
    <Box data-field="resume">
      <FormLabel id="tv-resume-label" required>Resume</FormLabel>
      <div className="dz" {...getRootProps({ 'aria-labelledby': 'tv-resume-label' })}>
        <input {...getInputProps({ id: 'tv-resume', name: 'resume' })} />
        {isDragActive ? 'Drop your resume here' : 'Drag and drop your resume, or click to browse · PDF, DOC, DOCX up to 10 MB'}
      </div>
      {file && (
        <ul className="dz-files">
          <li><span className="thumb">{file.name.split('.').pop().toUpperCase()}</span><span className="name">{file.name}</span><span className="size">{Math.max(1, Math.round(file.size / 1024))} KB</span>
            <IconButton size="small" aria-label={`Remove ${file.name}`} onClick={() => onFile(null)}>×</IconButton></li>
        </ul>
      )}
    </Box>
  );
}

function QuickApply() {
  const [open, setOpen] = useState(true);
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState({});
  const [v, setV] = useState({
    firstName: '', lastName: '', email: '', phone: '', employed: false, employer: '', title: '', school: null, degree: '',
    years: 0, startDate: null, graduation: null, salary: '', sponsorship: '', resume: null, coverLetter: '', consent: false,
  });
  const set = (k) => (value) => setV((p) => ({ ...p, [k]: value }));
  const ev = (k) => (e) => set(k)(e.target.value);
  const submit = (e) => {
    e.preventDefault();
    const err = {};
    if (!v.firstName) err.firstName = 'Required';
    if (!v.lastName) err.lastName = 'Required';
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.email)) err.email = 'Enter a valid email';
    if (v.phone && !/^\(\d{3}\) \d{3}-\d{4}$/.test(v.phone)) err.phone = 'Enter a 10-digit US number';
    if (!v.resume) err.resume = 'Please attach a resume';
    if (!v.startDate) err.startDate = 'Pick a start date';
    if (!v.consent) err.consent = 'Required';
    setErrors(err);
    if (Object.keys(err).length === 0) setDone(true);
  };
  const model = {
    ...v, resume: v.resume ? v.resume.name : null,
    startDate: v.startDate ? v.startDate.format('YYYY-MM-DD') : null, graduation: v.graduation ? v.graduation.format('YYYY-MM') : null,
  };
  return (
    <>
      <Box sx={{ m: '0 40px 40px' }}><Button variant="contained" id="tv-open" onClick={() => setOpen(true)}>Quick apply</Button></Box>
      <Drawer anchor="right" open={open} onClose={() => setOpen(false)} slotProps={{ paper: { sx: { width: 520, p: 3 }, role: 'dialog', 'aria-labelledby': 'tv-drawer-title' } }}>
        {done ? (
          <Typography id="done" variant="h6">Application received. Our recruiting team replies within five working days.</Typography>
        ) : (
          <Box component="form" noValidate onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 2.2 }}>
            <Typography id="tv-drawer-title" variant="h5">Quick apply</Typography>
            <Typography variant="body2" color="text.secondary">Analytics Engineer, Brokerage Pricing</Typography>
            <Box sx={{ display: 'flex', gap: 2 }}>
              <TextField id="tv-first" name="firstName" label="First name" required fullWidth value={v.firstName} onChange={ev('firstName')} error={!!errors.firstName} helperText={errors.firstName} />
              <TextField id="tv-last" name="lastName" label="Last name" required fullWidth value={v.lastName} onChange={ev('lastName')} error={!!errors.lastName} helperText={errors.lastName} />
            </Box>
            <TextField id="tv-email" name="email" type="email" label="Email" required value={v.email} onChange={ev('email')} error={!!errors.email} helperText={errors.email} />
            <TextField id="tv-phone" name="phone" label="Mobile phone" placeholder="(555) 555-5555" value={v.phone} onChange={ev('phone')}
              error={!!errors.phone} helperText={errors.phone ?? 'US numbers only'}
              slotProps={{ input: { inputComponent: PhoneMask, startAdornment: <InputAdornment position="start">+1</InputAdornment> }, inputLabel: { shrink: true } }} />
            <FormControlLabel control={<Switch id="tv-employed" name="employed" checked={v.employed} onChange={(e) => set('employed')(e.target.checked)} />} label="I'm currently employed" />
            <Box sx={{ display: 'flex', gap: 2 }}>
                <TextField id="tv-employer" name="employer" label="Current or most recent employer" fullWidth value={v.employer} onChange={ev('employer')} />
                <TextField id="tv-title" name="title" label="Current or most recent job title" fullWidth value={v.title} onChange={ev('title')} />
            </Box>
            <SchoolField value={v.school} onChange={set('school')} />
            <FormControl fullWidth>
              <InputLabel id="tv-degree-label">Highest degree earned</InputLabel>
              <Select labelId="tv-degree-label" id="tv-degree" name="degree" label="Highest degree earned" value={v.degree} onChange={ev('degree')}
                MenuProps={{ slotProps: { list: { id: 'tv-degree-menu' } } }}>
                {DEGREES.map((d) => <MenuItem key={d} value={d}>{d}</MenuItem>)}
              </Select>
            </FormControl>
            <Box data-field="graduation">
              <DatePicker label="Graduation date (optional)" views={['year', 'month']} openTo="year" value={v.graduation} onChange={set('graduation')}
                slotProps={{ textField: { id: 'tv-graduation', name: 'graduation', fullWidth: true } }} />
            </Box>
            <Box data-field="years">
              <Typography id="tv-years-label" gutterBottom>Years of experience with freight or logistics data</Typography>
              <Slider id="tv-years" name="years" aria-labelledby="tv-years-label" value={v.years} onChange={(_, n) => set('years')(n)} min={0} max={15} step={1}
                marks={YEAR_MARKS} valueLabelDisplay="auto" />
            </Box>
            <Box data-field="startDate">
              <MobileDatePicker label="Earliest start date" value={v.startDate} onChange={set('startDate')} minDate={dayjs('2027-01-04')} maxDate={dayjs('2027-06-30')} closeOnSelect
                slotProps={{ textField: { id: 'tv-start', name: 'startDate', fullWidth: true, required: true, error: !!errors.startDate, helperText: errors.startDate ?? 'Cohort start dates run from January 4, 2027' }, actionBar: { actions: ['cancel'] } }} />
            </Box>
            <TextField id="tv-salary" name="salary" label="Desired base salary (USD per year)" value={v.salary} onChange={ev('salary')} slotProps={{ input: { inputComponent: MoneyFormat } }} />
            <FormControl>
              <FormLabel id="tv-sponsor-label">Will you need Talvik to file a visa petition for you (for example H-1B), now or later?</FormLabel>
              <RadioGroup row aria-labelledby="tv-sponsor-label" name="sponsorship" value={v.sponsorship} onChange={ev('sponsorship')}>
                <FormControlLabel value="yes" control={<Radio />} label="Yes" />
                <FormControlLabel value="no" control={<Radio />} label="No" />
              </RadioGroup>
            </FormControl>
            <ResumeDrop file={v.resume} onFile={set('resume')} />
            {errors.resume && <FormHelperText error>{errors.resume}</FormHelperText>}
            <TextField id="tv-cover" name="coverLetter" label="Cover letter" multiline minRows={4} value={v.coverLetter} onChange={ev('coverLetter')} />
            <FormControlLabel control={<Checkbox id="tv-consent" name="consent" checked={v.consent} onChange={(e) => set('consent')(e.target.checked)} />}
              label="I agree to Talvik Freight's candidate privacy notice" />
            <Button id="tv-submit" type="submit" variant="contained" size="large">Submit application</Button>
            <pre id="model">{JSON.stringify(model, null, 2)}</pre>
          </Box>
        )}
      </Drawer>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <LocalizationProvider dateAdapter={AdapterDayjs}><QuickApply /></LocalizationProvider>,
);
