/**
 * An in-house careers page built with MUI (TextField, Select, Autocomplete, RadioGroup, Checkbox)
 * and react-hook-form Controllers: the DOM inputs are controlled by React and MUI, the values live
 * in react-hook-form (rendered into <pre id="model">). The location Autocomplete only accepts one
 * of its options; the phone field takes 14 characters in the format its helper text shows.
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
const LOCATIONS = ['Austin, TX', 'New York, NY', 'San Diego, CA', 'San Francisco, CA', 'Seattle, WA'];
const YEARS = ['0-1 years', '2-4 years', '5-7 years', '8+ years'];

function Application() {
  const [done, setDone] = useState(false);
  const { control, handleSubmit, watch } = useForm({
    defaultValues: { firstName: '', lastName: '', email: '', phone: '', country: '', location: null, years: '', sponsorship: '', authorized: false, coverLetter: '', whyUs: '' },
  });
  const text = (name, label, props = {}) => (
    <Controller name={name} control={control} rules={props.required ? { required: true } : undefined}
      render={({ field, fieldState }) => <TextField {...field} {...props} id={name} label={label} error={Boolean(fieldState.error)} fullWidth />} />
  );
  if (done) return <p className="done" id="done">Thanks, we received your application.</p>;
  return (
    <form onSubmit={handleSubmit(() => setDone(true))} noValidate>
      <h1>Platform Data Engineer</h1>
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
        <div data-field="years">
          <Controller name="years" control={control}
            render={({ field }) => (
              <TextField {...field} select id="years" label="Years of experience" fullWidth>
                {YEARS.map((years) => <MenuItem key={years} value={years}>{years}</MenuItem>)}
              </TextField>
            )} />
        </div>
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
        {text('coverLetter', 'Cover letter', { multiline: true, minRows: 4 })}
        {text('whyUs', 'Why Vantage Ridge?', { multiline: true, minRows: 3 })}
        <Button type="submit" variant="contained" id="submit">Submit application</Button>
      </Stack>
      <pre id="model">{JSON.stringify(watch())}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
