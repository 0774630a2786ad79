/*
 * Quillon Health careers: React + MUI 9. The country and school Autocompletes use a hand-written
 * virtualized listbox (the windowing recipe from MUI's docs without react-window): of 250
 * countries and ~150 schools only the dozen rows in view exist in the DOM. Country options carry a
 * flag and a secondary "US · +1" line; the location Autocomplete loads places from a (simulated)
 * search 300 ms after the second character; years are an exclusive ToggleButtonGroup
 * (aria-pressed), work authorization radio cards with a title and a description line, Switches for
 * two yes/no statements, "select all that apply" Checkbox groups, a degree Select whose
 * "Other (please specify)" reveals a TextField, EEO Selects with "Prefer not to say".
 */
import { Children, forwardRef, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, CircularProgress, Container, CssBaseline, Divider, FormControl, FormControlLabel, FormGroup,
  FormHelperText, FormLabel, InputAdornment, InputBase, InputLabel, MenuItem, Paper, Radio, RadioGroup, Select, Stack, Switch, TextField,
  ToggleButton, ToggleButtonGroup, Toolbar, Typography,
} from '@mui/material';

const COUNTRIES = countries
  .map((c) => ({ code: c.cca2, label: c.name.common, flag: c.flag, dial: c.idd.root ? c.idd.root + (c.idd.suffixes?.length === 1 ? c.idd.suffixes[0] : '') : '' }))
  .sort((a, b) => a.label.localeCompare(b.label));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Mexico', 'Oklahoma', 'Oregon', 'Rhode Island', 'South Carolina', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'Wisconsin', 'Wyoming'];
const SCHOOLS = [
  ...STATES.flatMap((s) => [`University of ${s}`, `${s} State University`]),
  'Berkeley City College', 'Berkeley College', 'California Institute of Technology', 'California Polytechnic State University', 'California State University, East Bay',
  'California State University, Long Beach', 'Carnegie Mellon University', 'Columbia University', 'Cornell University', 'Duke University', 'Harvard University',
  'Massachusetts Institute of Technology', 'New York University', 'Princeton University', 'Rice University', 'San Francisco State University', 'San Jose State University',
  'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine', 'University of California, Los Angeles',
  'University of California, Merced', 'University of California, Riverside', 'University of California, San Diego', 'University of California, Santa Barbara',
  'University of California, Santa Cruz', 'University of Southern California', 'University of San Francisco', 'UC Berkeley Extension', 'Yale University',
].sort((a, b) => a.localeCompare(b));
const PLACES = ['San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco de Macorís, Dominican Republic', 'San Fernando, CA, USA', 'San Diego, CA, USA', 'Santa Fe, NM, USA', 'Austin, TX, USA', 'Seattle, WA, USA', 'Sacramento, CA, USA', 'Salt Lake City, UT, USA', 'Boston, MA, USA', 'Chicago, IL, USA', 'New York, NY, USA', 'Oakland, CA, USA', 'Portland, OR, USA'];
const searchPlaces = (q) => new Promise((resolve) => setTimeout(() => resolve(PLACES.filter((p) => p.toLowerCase().includes(q.toLowerCase())).slice(0, 6)), 250));

const ROW = 48;
// Windowed listbox: only the rows in view (plus a few) are rendered; spacers keep the scroll height.
const VirtualListbox = forwardRef(function VirtualListbox(props, ref) {
  const { children, style, onScroll, ...other } = props;
  const items = Children.toArray(children);
  const [top, setTop] = useState(0);
  const start = Math.max(0, Math.floor(top / ROW) - 2);
  const end = Math.min(items.length, start + 12);
  return (
    <ul ref={ref} {...other} style={{ ...style, maxHeight: 8 * ROW, overflow: 'auto', padding: 0 }} onScroll={(e) => { setTop(e.currentTarget.scrollTop); onScroll?.(e); }}>
      <li role="presentation" aria-hidden="true" style={{ height: start * ROW }} />
      {items.slice(start, end)}
      <li role="presentation" aria-hidden="true" style={{ height: (items.length - end) * ROW }} />
    </ul>
  );
});

export function renderApplication(posting) {
  function Application() {
    const [v, setV] = useState({
      firstName: '', lastName: '', email: '', phone: '', country: null, location: null, school: null, linkedin: '', employer: '', title: '',
      years: null, authorization: '', sponsorship: false, employed: false, arrangements: [], shifts: [], degree: '', degreeOther: '', salary: '', startDate: '',
      coverLetter: '', anythingElse: '', gender: '', ethnicity: '', veteran: '', consent: false, resume: [],
    });
    const set = (k) => (val) => setV((s) => ({ ...s, [k]: val }));
    const on = (k) => (e) => set(k)(e.target.value);
    const [search, setSearch] = useState('');
    const [chat, setChat] = useState('');
    const [placeInput, setPlaceInput] = useState('');
    const [places, setPlaces] = useState([]);
    const [loading, setLoading] = useState(false);
    const timer = useRef();
    const [sent, setSent] = useState(false);
    useEffect(() => {
      clearTimeout(timer.current);
      if (placeInput.trim().length < 2 || placeInput === v.location) { setPlaces(v.location ? [v.location] : []); setLoading(false); return undefined; }
      setLoading(true);
      timer.current = setTimeout(async () => { setPlaces(await searchPlaces(placeInput.trim())); setLoading(false); }, 300);
      return () => clearTimeout(timer.current);
    }, [placeInput]);
    const toggle = (k, item) => (e) => set(k)(e.target.checked ? [...v[k], item] : v[k].filter((x) => x !== item));
    const model = { ...v, country: v.country?.code ?? null, search, chat };
    const card = (value, title, desc) => (
      <Paper variant="outlined" sx={{ p: 1.5, borderColor: v.authorization === value ? 'primary.main' : 'divider' }}>
        <FormControlLabel value={value} control={<Radio />} label={<Box><Typography fontWeight={600}>{title}</Typography><Typography variant="body2" color="text.secondary">{desc}</Typography></Box>} />
      </Paper>
    );
    return (
      <>
        <CssBaseline />
        <AppBar position="static" sx={{ bgcolor: posting.color }}>
          <Toolbar sx={{ gap: 3 }}>
            <Typography variant="h6" sx={{ flex: 1 }}>Quillon Health · Careers</Typography>
            <Paper sx={{ px: 1.5, py: 0.25 }}><InputBase id="qh-search" placeholder="Search openings" inputProps={{ 'aria-label': 'Search openings' }} value={search} onChange={(e) => setSearch(e.target.value)} /></Paper>
          </Toolbar>
        </AppBar>
        <Container maxWidth="md" sx={{ py: 4 }}>
          <Typography color="text.secondary">{posting.team} · {posting.where}</Typography>
          <Typography variant="h4" gutterBottom>{posting.title}</Typography>
          <Typography paragraph>{posting.intro}</Typography>
          {sent ? <Typography id="qh-sent" variant="h5" color="success.main">Thanks — your application is in.</Typography> : (
            <Paper component="form" noValidate sx={{ p: 4 }} onSubmit={(e) => { e.preventDefault(); if (v.consent) setSent(true); }}>
              <Typography variant="h6">Personal details</Typography>
              <Stack direction="row" spacing={2} sx={{ my: 2 }}>
                <TextField id="qh-first" name="firstName" label="First name" required fullWidth value={v.firstName} onChange={on('firstName')} />
                <TextField id="qh-last" name="lastName" label="Last name" required fullWidth value={v.lastName} onChange={on('lastName')} />
              </Stack>
              <TextField id="qh-email" name="email" type="email" label="Email" required fullWidth sx={{ mb: 2 }} value={v.email} onChange={on('email')} />
              <Autocomplete
                id="qh-country"
                options={COUNTRIES}
                value={v.country}
                onChange={(_, val) => set('country')(val)}
                getOptionLabel={(o) => o.label}
                isOptionEqualToValue={(a, b) => a.code === b.code}
                slotProps={{ listbox: { component: VirtualListbox } }}
                renderOption={(props, o) => {
                  const { key, ...rest } = props;
                  return (
                    <Box component="li" key={key} {...rest} sx={{ height: ROW, display: 'flex', gap: 1.5 }}>
                      <span aria-hidden="true">{o.flag}</span>
                      <Box><Typography variant="body2">{o.label}</Typography><Typography variant="caption" color="text.secondary">{o.code}{o.dial ? ` · ${o.dial}` : ''}</Typography></Box>
                    </Box>
                  );
                }}
                renderInput={(params) => <TextField {...params} name="country" label="Country of residence" required />}
                sx={{ mb: 2 }}
              />
              <TextField id="qh-phone" name="phone" type="tel" label="Phone" placeholder="(555) 000-0000" required fullWidth sx={{ mb: 2 }} value={v.phone} onChange={on('phone')} slotProps={{ htmlInput: { maxLength: 14 } }} />
              <Autocomplete
                id="qh-location"
                options={places}
                value={v.location}
                filterOptions={(x) => x}
                loading={loading}
                noOptionsText={placeInput.trim().length < 2 ? 'Type at least 2 characters' : 'No matching places'}
                onChange={(_, val) => set('location')(val)}
                inputValue={placeInput}
                onInputChange={(_, val) => setPlaceInput(val)}
                renderInput={(params) => (
                  <TextField {...params} name="location" label="Where are you based?" helperText="City, state / region, country"
                    slotProps={{ ...params.slotProps, input: { ...params.slotProps.input, endAdornment: <>{loading ? <CircularProgress size={18} /> : null}{params.slotProps.input.endAdornment}</> } }} />
                )}
                sx={{ mb: 2 }}
              />
              <TextField id="qh-linkedin" name="linkedin" label="LinkedIn URL" fullWidth sx={{ mb: 2 }} value={v.linkedin} onChange={on('linkedin')} />
              <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
                <TextField id="qh-employer" name="employer" label="Current employer" fullWidth value={v.employer} onChange={on('employer')} />
                <TextField id="qh-title" name="title" label="Current title" fullWidth value={v.title} onChange={on('title')} />
              </Stack>
              <Box sx={{ mb: 2 }}>
                <Button variant="outlined" component="label">
                  Upload resume
                  <input id="qh-resume" name="resume" type="file" accept=".pdf,.doc,.docx" hidden onChange={(e) => set('resume')(Array.from(e.target.files).map((f) => f.name))} />
                </Button>
                <Typography component="span" variant="body2" sx={{ ml: 2 }}>{v.resume.length ? v.resume.join(', ') : 'PDF or Word, 5 MB max'}</Typography>
              </Box>

              <Divider sx={{ my: 3 }} />
              <Typography variant="h6" gutterBottom>Education</Typography>
              <Autocomplete
                id="qh-school"
                options={SCHOOLS}
                value={v.school}
                onChange={(_, val) => set('school')(val)}
                slotProps={{ listbox: { component: VirtualListbox } }}
                renderOption={(props, o) => { const { key, ...rest } = props; return <Box component="li" key={key} {...rest} sx={{ height: ROW }}>{o}</Box>; }}
                renderInput={(params) => <TextField {...params} name="school" label="School" />}
                sx={{ mb: 2 }}
              />
              <FormControl fullWidth sx={{ mb: 2 }}>
                <InputLabel id="qh-degree-label">Highest degree</InputLabel>
                <Select labelId="qh-degree-label" id="qh-degree" name="degree" label="Highest degree" value={v.degree} onChange={on('degree')}>
                  <MenuItem value="hs">High school diploma / GED</MenuItem>
                  <MenuItem value="associate">Associate degree</MenuItem>
                  <MenuItem value="bachelors">Bachelor’s degree</MenuItem>
                  <MenuItem value="masters">Master’s degree</MenuItem>
                  <MenuItem value="doctorate">Doctorate</MenuItem>
                  <MenuItem value="other">Other (please specify)</MenuItem>
                </Select>
              </FormControl>
              {v.degree === 'other' && <TextField id="qh-degree-other" name="degreeOther" label="Please specify" fullWidth sx={{ mb: 2 }} value={v.degreeOther} onChange={on('degreeOther')} />}

              <Divider sx={{ my: 3 }} />
              <Typography variant="h6" gutterBottom>About the role</Typography>
              <FormLabel id="qh-years-label">{posting.yearsLabel}</FormLabel>
              <Box sx={{ mt: 1, mb: 2 }}>
                <ToggleButtonGroup id="qh-years" exclusive color="primary" value={v.years} onChange={(_, val) => set('years')(val)} aria-labelledby="qh-years-label">
                  {posting.years.map((y) => <ToggleButton key={y} value={y}>{y}</ToggleButton>)}
                </ToggleButtonGroup>
              </Box>
              <FormControl sx={{ mb: 2, width: '100%' }}>
                <FormLabel id="qh-auth-label">Are you legally authorized to work in the United States?</FormLabel>
                <RadioGroup id="qh-auth" name="authorization" aria-labelledby="qh-auth-label" value={v.authorization} onChange={on('authorization')} sx={{ display: 'grid', gap: 1, mt: 1 }}>
                  {card('any', 'Yes, for any U.S. employer', 'My authorization is not tied to one employer or to a visa')}
                  {card('visa', 'Yes, on an employer-tied visa', 'For example H-1B, TN, O-1 or OPT')}
                  {card('no', 'No', 'I am not currently authorized to work in the U.S.')}
                </RadioGroup>
              </FormControl>
              <FormGroup sx={{ mb: 2 }}>
                <FormControlLabel control={<Switch id="qh-sponsorship" name="sponsorship" checked={v.sponsorship} onChange={(e) => set('sponsorship')(e.target.checked)} />} label="I will need visa sponsorship now or in the future" />
                <FormControlLabel control={<Switch id="qh-employed" name="employed" checked={v.employed} onChange={(e) => set('employed')(e.target.checked)} />} label="I am currently employed" />
              </FormGroup>
              <FormControl component="fieldset" sx={{ mb: 2 }}>
                <FormLabel component="legend">Which work arrangements are you open to? (select all that apply)</FormLabel>
                <FormGroup row>
                  {['Remote', 'Hybrid', 'On-site'].map((a) => <FormControlLabel key={a} control={<Checkbox id={`qh-arr-${a.toLowerCase()}`} checked={v.arrangements.includes(a)} onChange={toggle('arrangements', a)} />} label={a} />)}
                </FormGroup>
              </FormControl>
              {posting.shifts && (
                <FormControl component="fieldset" sx={{ mb: 2 }}>
                  <FormLabel component="legend">{posting.shifts.label}</FormLabel>
                  <FormGroup row>
                    {posting.shifts.options.map((a, i) => <FormControlLabel key={a} control={<Checkbox id={`qh-shift-${i}`} checked={v.shifts.includes(a)} onChange={toggle('shifts', a)} />} label={a} />)}
                  </FormGroup>
                </FormControl>
              )}
              <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
                <TextField id="qh-salary" name="salary" label="Expected base salary" fullWidth value={v.salary} onChange={on('salary')} slotProps={{ input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">per year</InputAdornment> } }} />
                <TextField id="qh-start" name="startDate" type="date" label="Earliest start date" fullWidth value={v.startDate} onChange={on('startDate')} slotProps={{ inputLabel: { shrink: true } }} />
              </Stack>
              <TextField id="qh-cover" name="coverLetter" label="Cover letter" multiline minRows={4} fullWidth sx={{ mb: 2 }} value={v.coverLetter} onChange={on('coverLetter')} />
              <TextField id="qh-else" name="anythingElse" label={posting.essay} multiline minRows={3} fullWidth sx={{ mb: 2 }} value={v.anythingElse} onChange={on('anythingElse')} />

              <Divider sx={{ my: 3 }} />
              <Typography variant="h6">Voluntary self-identification</Typography>
              <FormHelperText sx={{ mb: 2 }}>Answering is optional and never affects your application.</FormHelperText>
              {[['gender', 'Gender', ['Woman', 'Man', 'Non-binary', 'Prefer not to say']], ['ethnicity', 'Race / ethnicity', ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Prefer not to say']], ['veteran', 'Veteran status', ['I am a protected veteran', 'I am not a protected veteran', 'Prefer not to say']]].map(([k, lbl, opts]) => (
                <FormControl key={k} fullWidth sx={{ mb: 2 }}>
                  <InputLabel id={`qh-${k}-label`}>{lbl}</InputLabel>
                  <Select labelId={`qh-${k}-label`} id={`qh-${k}`} name={k} label={lbl} value={v[k]} onChange={on(k)}>
                    {opts.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
                  </Select>
                </FormControl>
              ))}
              <FormControlLabel control={<Checkbox id="qh-consent" name="consent" checked={v.consent} onChange={(e) => set('consent')(e.target.checked)} />} label="I certify the information above is accurate and agree to Quillon Health’s applicant privacy policy." />
              <Box sx={{ mt: 2 }}><Button id="qh-submit" type="submit" variant="contained" size="large">Submit application</Button></Box>
            </Paper>
          )}
        </Container>
        <Paper elevation={6} sx={{ position: 'fixed', right: 16, bottom: 16, p: 2, width: 280 }}>
          <Typography variant="subtitle2">Questions? Chat with a recruiter</Typography>
          <TextField id="qh-chat-email" size="small" label="Your email" fullWidth sx={{ mt: 1 }} value={chat} onChange={(e) => setChat(e.target.value)} />
        </Paper>
        <pre id="model">{JSON.stringify(model)}</pre>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
