/**
 * Another posting on the same in-house careers page (MUI TextField / Select / Autocomplete /
 * RadioGroup / Checkbox + react-hook-form Controllers; values rendered into <pre id="model">).
 * This posting adds a highest-education Select, a salary TextField with a "$" adornment, a
 * type=date start date, an AWS certification checkbox, an on-call RadioGroup, a former-employee
 * RadioGroup, an incident essay and an engineering-updates opt-in; its location Autocomplete lists
 * "South San Francisco, CA" next to "San Francisco, CA", and the experience ranges are "7-10 years".
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
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

const COUNTRIES = [['CA', 'Canada'], ['MX', 'Mexico'], ['GB', 'United Kingdom'], ['US', 'United States']];
const LOCATIONS = ['Austin, TX', 'Boston, MA', 'Denver, CO', 'New York, NY', 'San Francisco, CA', 'Seattle, WA', 'South San Francisco, CA'];
const YEARS = ['Less than 3 years', '3-6 years', '7-10 years', 'More than 10 years'];
const EDUCATION = ['High school diploma or GED', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate'];

function Application() {
  const [done, setDone] = useState(false);
  const { control, handleSubmit, watch } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', country: '', location: null, years: '', education: '', sponsorship: '', authorized: false,
      awsCertified: false, onCall: '', salary: '', startDate: '', formerEmployee: '', coverLetter: '', incident: '', engineeringUpdates: false,
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
  const yesNo = (name, label, choices = [['yes', 'Yes'], ['no', 'No']]) => (
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
      <h1>Data Reliability Engineer</h1>
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
                renderInput={(params) => <TextField {...params} label="Location" placeholder="Choose your city" />} />
            )} />
        </div>
        {select('years', 'Years of experience', YEARS)}
        {select('education', 'Highest level of education', EDUCATION)}
        {yesNo('sponsorship', 'Will you now or in the future need Vantage Ridge to sponsor a work visa for you?', [['yes', 'Yes, I will need sponsorship'], ['no', 'No, I will not need sponsorship']])}
        {tick('authorized', 'I am legally authorized to work in the United States')}
        {tick('awsCertified', 'I hold an active AWS Certified Data Engineer or Solutions Architect certification')}
        {yesNo('onCall', 'This role joins a follow-the-sun on-call rotation (one week a month, weekends included). Are you comfortable with that?')}
        {text('salary', 'Expected base salary (USD per year)', { type: 'number', slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> } } })}
        {text('startDate', 'Earliest start date', { type: 'date', slotProps: { inputLabel: { shrink: true } } })}
        {yesNo('formerEmployee', 'Have you worked at Vantage Ridge before?')}
        {text('coverLetter', 'Cover letter', { multiline: true, minRows: 4 })}
        {text('incident', 'Tell us about a data incident you led from detection to postmortem.', { multiline: true, minRows: 3 })}
        {tick('engineeringUpdates', 'Send me the Vantage Ridge engineering newsletter')}
        <Button type="submit" variant="contained" id="submit">Submit application</Button>
      </Stack>
      <pre id="model">{JSON.stringify(watch())}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
