/**
 * Another posting on Vantage Ridge's in-house careers page (MUI TextField / Select / Autocomplete /
 * RadioGroup / Checkbox + react-hook-form Controllers; values rendered into <pre id="model">).
 * This public-sector posting lists metro areas in the location Autocomplete ("San Francisco Bay
 * Area"), has "7-9 years" ranges, and adds LinkedIn, current title, salary and start TextFields
 * with helper texts, a US-citizenship RadioGroup, a clearance-level Select, a clearance-eligibility
 * RadioGroup, a travel Select, a relocation Checkbox, a mission essay and a certification Checkbox.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

const COUNTRIES = [['CA', 'Canada'], ['MX', 'Mexico'], ['GB', 'United Kingdom'], ['US', 'United States']];
const LOCATIONS = ['Arlington, VA', 'Colorado Springs, CO', 'Huntsville, AL', 'San Antonio, TX', 'San Francisco Bay Area', 'Other US location'];
const YEARS = ['Fewer than 4 years', '4-6 years', '7-9 years', '10+ years'];
const CLEARANCES = ['None', 'Public Trust', 'Secret', 'Top Secret', 'TS/SCI'];
const TRAVEL = ['Yes, up to 30%', 'Yes, but less than 30%', 'No'];

function Application() {
  const [done, setDone] = useState(false);
  const { control, handleSubmit, watch } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', country: '', location: null, linkedin: '', currentTitle: '', years: '', sponsorship: '', authorized: false,
      citizen: '', clearance: '', clearanceEligible: '', travel: '', relocate: false, salary: '', startDate: '', coverLetter: '', whyMission: '', certify: false,
    },
  });
  const text = (name, label, props = {}) => (
    <Controller name={name} control={control} rules={props.required ? { required: true } : undefined}
      render={({ field, fieldState }) => <TextField {...field} {...props} id={name} label={label} error={Boolean(fieldState.error)} fullWidth />} />
  );
  const select = (name, label, options) => (
    <div data-field={name}>
      <Controller name={name} control={control}
        render={({ field }) => (
          <TextField {...field} select id={name} label={label} fullWidth>
            {options.map((option) => <MenuItem key={option} value={option}>{option}</MenuItem>)}
          </TextField>
        )} />
    </div>
  );
  const radios = (name, label, choices) => (
    <Controller name={name} control={control}
      render={({ field }) => (
        <FormControl>
          <FormLabel id={`${name}-label`}>{label}</FormLabel>
          <RadioGroup {...field} name={name} aria-labelledby={`${name}-label`}>
            {choices.map(([value, text]) => <FormControlLabel key={value} value={value} control={<Radio />} label={text} />)}
          </RadioGroup>
        </FormControl>
      )} />
  );
  const tick = (name, label) => (
    <Controller name={name} control={control}
      render={({ field }) => (
        <FormControlLabel label={label} control={<Checkbox name={name} checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />} />
      )} />
  );
  if (done) return <p className="done" id="done">Thanks, we received your application.</p>;
  return (
    <form onSubmit={handleSubmit(() => setDone(true))} noValidate>
      <h1>Senior Data Engineer, Public Sector</h1>
      <Stack spacing={2}>
        {text('firstName', 'First name', { required: true })}
        {text('lastName', 'Last name', { required: true })}
        {text('email', 'Email', { required: true, type: 'email' })}
        {text('phone', 'Mobile phone', { helperText: 'Format: (555) 555-5555', slotProps: { htmlInput: { maxLength: 14 } } })}
        <div data-field="country">
          <Controller name="country" control={control}
            render={({ field }) => (
              <TextField {...field} select id="country" label="Country" fullWidth>
                {COUNTRIES.map(([code, name]) => <MenuItem key={code} value={code}>{name}</MenuItem>)}
              </TextField>
            )} />
        </div>
        <div data-field="location">
          <Controller name="location" control={control}
            render={({ field }) => (
              <Autocomplete options={LOCATIONS} value={field.value} onChange={(_, value) => field.onChange(value)} id="location"
                renderInput={(params) => <TextField {...params} label="Location" placeholder="Choose the area you live in" />} />
            )} />
        </div>
        {text('linkedin', 'LinkedIn URL')}
        {text('currentTitle', 'Current job title')}
        {select('years', 'Years of professional experience', YEARS)}
        <Controller name="sponsorship" control={control}
          render={({ field }) => (
            <FormControl>
              <FormLabel id="sponsorship-label">Will you require visa sponsorship to work in the US?</FormLabel>
              <RadioGroup {...field} name="sponsorship" aria-labelledby="sponsorship-label">
                <FormControlLabel value="yes" control={<Radio />} label="Yes, I will require sponsorship" />
                <FormControlLabel value="no" control={<Radio />} label="No, I will not require sponsorship" />
              </RadioGroup>
            </FormControl>
          )} />
        <Controller name="authorized" control={control}
          render={({ field }) => (
            <FormControlLabel label="I am legally authorized to work in the United States"
              control={<Checkbox name="authorized" checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />} />
          )} />
        {radios('citizen', 'Are you a U.S. citizen? (Required to hold a federal security clearance.)', [['yes', 'Yes'], ['no', 'No']])}
        {select('clearance', 'Current active security clearance', CLEARANCES)}
        {radios('clearanceEligible', 'Are you willing and able to obtain and maintain a Secret clearance?', [['yes', 'Yes'], ['no', 'No'], ['unsure', 'Not sure']])}
        {select('travel', 'This role travels to agency sites up to 30% of the time. Are you able to travel?', TRAVEL)}
        {tick('relocate', 'I am willing to relocate to the Arlington, VA area')}
        {text('salary', 'Salary requirement', { helperText: 'Annual base, in USD' })}
        {text('startDate', 'Available to start', { helperText: 'MM/DD/YYYY' })}
        {text('coverLetter', 'Cover letter', { multiline: true, minRows: 4 })}
        {text('whyMission', 'What draws you to public-sector work?', { multiline: true, minRows: 3 })}
        {tick('certify', 'I certify that the information in this application is true and complete.')}
        <Button type="submit" variant="contained" id="submit">Submit application</Button>
      </Stack>
      <pre id="model">{JSON.stringify(watch())}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
