/*
 * Verdigris Water Co. (a California water utility's analytics arm) careers page: React 19 + Radix
 * Themes 3 with react-hook-form (register for the text fields, Controller for the Radix controls).
 * Exercises: a dial-code Select with no preset ("🇨🇦 +1 Canada" before "🇺🇸 +1 United States")
 * beside the phone; a full mailing address (street, apt, city, a State Select of names, ZIP);
 * LinkedIn behind a fixed "linkedin.com/in/" Slot; "GitHub username"; the experience level as
 * RadioCards whose cards name the years ("Senior · 7 to 10 years"); "bachelor's degree or higher?"
 * and work authorization as SegmentedControls (button role=radio); sponsorship RadioGroup with
 * sentences; the salary asked per month ("$ … / month"); type=date start; hidden resume input behind
 * a Button; a "cover letter or note" TextArea; CheckboxCards teams, a future-roles Switch, "how did
 * you hear", gender, a utility question and an essay left to the person. Postings pass title,
 * intro, teams and their own questions. State goes to <pre id="model">.
 */
import '@radix-ui/themes/styles.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import {
  Box, Button, Card, Checkbox, CheckboxCards, Container, Flex, Grid, Heading, RadioCards, RadioGroup, SegmentedControl, Select, Separator, Switch, Text, TextArea, TextField, Theme,
} from '@radix-ui/themes';

const DIAL = [['CA', '🇨🇦 +1 Canada'], ['US', '🇺🇸 +1 United States'], ['MX', '🇲🇽 +52 Mexico'], ['GB', '🇬🇧 +44 United Kingdom'], ['IN', '🇮🇳 +91 India'], ['PH', '🇵🇭 +63 Philippines']];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const LEVELS = [['early', 'Early career', '0 to 2 years'], ['mid', 'Mid-level', '3 to 6 years'], ['senior', 'Senior', '7 to 10 years'], ['principal', 'Principal', 'more than 10 years']];

function Row({ label, htmlFor, hint, children, field }) {
  return (
    <Flex direction="column" gap="1" my="3" data-field={field}>
      <Text as="label" size="2" weight="bold" htmlFor={htmlFor}>{label}</Text>
      {children}
      {hint && <Text size="1" color="gray">{hint}</Text>}
    </Flex>
  );
}

function Application({ posting }) {
  const [sent, setSent] = useState(false);
  const { register, control, handleSubmit, watch, formState: { errors } } = useForm({
    defaultValues: {
      fullName: '', email: '', dialCode: '', phone: '', street: '', apt: '', city: '', state: '', zip: '', linkedin: '', github: '',
      employer: '', role: '', level: '', bachelors: '', school: '', authorized: '', sponsorship: '', startDate: '', monthlySalary: '',
      resume: '', note: '', teams: [], ...Object.fromEntries(posting.questions.map((q) => [q.key, ''])), futureRoles: false, heard: '', gender: '', consent: false,
    },
  });
  const values = watch();
  useEffect(() => { document.getElementById('model').textContent = JSON.stringify(values, null, 2); });
  const sel = (name, placeholder, items, id = `vg-${name}`) => (
    <Controller name={name} control={control} render={({ field }) => (
      <Select.Root name={name} value={field.value || undefined} onValueChange={field.onChange}>
        <Select.Trigger id={id} placeholder={placeholder} />
        <Select.Content position="popper">{items.map(([v, t]) => <Select.Item key={v} value={v}>{t}</Select.Item>)}</Select.Content>
      </Select.Root>
    )} />
  );
  const seg = (name, items) => (
    <Controller name={name} control={control} render={({ field }) => (
      <SegmentedControl.Root value={field.value} onValueChange={field.onChange} style={{ width: 200 }}>
        {items.map((x) => <SegmentedControl.Item key={x} value={x}>{x}</SegmentedControl.Item>)}
      </SegmentedControl.Root>
    )} />
  );
  if (sent) return <Heading id="vg-done" size="5" color="green">Thank you — we received your application and will be in touch within two weeks.</Heading>;
  return (
    <form id="vg-form" noValidate onSubmit={handleSubmit(() => setSent(true))}>
      <Text size="2" color="teal" weight="bold">{posting.kicker}</Text>
      <Heading size="7" mt="1">{posting.title}</Heading>
      <Text as="p" color="gray" my="2">{posting.intro}</Text>

      <Separator size="4" my="4" />
      <Heading size="4">Contact</Heading>
      <Row label="Full legal name" htmlFor="vg-fullName"><TextField.Root id="vg-fullName" {...register('fullName', { required: true })} color={errors.fullName ? 'red' : undefined} /></Row>
      <Row label="Email" htmlFor="vg-email"><TextField.Root id="vg-email" type="email" {...register('email', { required: true })} /></Row>
      <Row label="Phone" htmlFor="vg-phone">
        <Flex gap="2">
          <Box style={{ width: 210 }} data-field="dialCode">{sel('dialCode', 'Country code', DIAL)}</Box>
          <Box flexGrow="1"><TextField.Root id="vg-phone" type="tel" placeholder="Phone number" {...register('phone')} /></Box>
        </Flex>
      </Row>
      <Row label="Street address" htmlFor="vg-street"><TextField.Root id="vg-street" {...register('street')} /></Row>
      <Row label="Apt, suite, unit (optional)" htmlFor="vg-apt"><TextField.Root id="vg-apt" {...register('apt')} /></Row>
      <Grid columns="3" gap="3">
        <Row label="City" htmlFor="vg-city"><TextField.Root id="vg-city" {...register('city')} /></Row>
        <Row label="State" htmlFor="vg-state">{sel('state', 'Select a state', STATES.map((s) => [s, s]))}</Row>
        <Row label="ZIP code" htmlFor="vg-zip"><TextField.Root id="vg-zip" inputMode="numeric" maxLength={10} {...register('zip')} /></Row>
      </Grid>

      <Separator size="4" my="4" />
      <Heading size="4">Experience</Heading>
      <Row label="LinkedIn" htmlFor="vg-linkedin"><TextField.Root id="vg-linkedin" placeholder="your-profile" {...register('linkedin')}><TextField.Slot>linkedin.com/in/</TextField.Slot></TextField.Root></Row>
      <Row label="GitHub username" htmlFor="vg-github"><TextField.Root id="vg-github" {...register('github')}><TextField.Slot>@</TextField.Slot></TextField.Root></Row>
      <Grid columns="2" gap="3">
        <Row label="Current employer" htmlFor="vg-employer"><TextField.Root id="vg-employer" {...register('employer')} /></Row>
        <Row label="Role" htmlFor="vg-role"><TextField.Root id="vg-role" {...register('role')} /></Row>
      </Grid>
      <Row label="Which best describes your level?" field="level">
        <Controller name="level" control={control} render={({ field }) => (
          <RadioCards.Root value={field.value} onValueChange={field.onChange} columns="2">
            {LEVELS.map(([v, t, d]) => <RadioCards.Item key={v} value={v}><Flex direction="column"><Text weight="bold" className="lvl-title">{t}</Text><Text size="1" color="gray">{d}</Text></Flex></RadioCards.Item>)}
          </RadioCards.Root>
        )} />
      </Row>
      <Row label="Do you hold a bachelor's degree or higher?" field="bachelors">{seg('bachelors', ['Yes', 'No'])}</Row>
      <Row label="College or university (if any)" htmlFor="vg-school"><TextField.Root id="vg-school" {...register('school')} /></Row>
      <Row label="Resume" field="resume">
        <Controller name="resume" control={control} rules={{ required: true }} render={({ field }) => (
          <Flex gap="3" align="center">
            <Button asChild variant="soft"><label htmlFor="vg-resume" style={{ cursor: 'pointer' }}>Upload resume</label></Button>
            <input id="vg-resume" type="file" accept=".pdf,.doc,.docx" hidden onChange={(e) => field.onChange(e.target.files?.[0]?.name ?? '')} />
            <Text size="2" color={errors.resume ? 'red' : 'gray'}>{field.value || 'No file chosen'}</Text>
          </Flex>
        )} />
      </Row>
      <Row label="Cover letter or a note to the hiring team (optional)" htmlFor="vg-note"><TextArea id="vg-note" rows={5} {...register('note')} /></Row>

      <Separator size="4" my="4" />
      <Heading size="4">Eligibility & pay</Heading>
      <Row label="Are you legally authorized to work in the US?" field="authorized">{seg('authorized', ['Yes', 'No'])}</Row>
      <Row label="Visa sponsorship" field="sponsorship">
        <Controller name="sponsorship" control={control} render={({ field }) => (
          <RadioGroup.Root name="sponsorship" value={field.value} onValueChange={field.onChange}>
            {["I don't need sponsorship", 'I need sponsorship now', "I'll need it later (e.g. when my OPT ends)"].map((x) => <Text as="label" size="2" key={x}><Flex gap="2"><RadioGroup.Item value={x} /> {x}</Flex></Text>)}
          </RadioGroup.Root>
        )} />
      </Row>
      <Row label="Earliest start date" htmlFor="vg-startDate"><TextField.Root id="vg-startDate" type="date" {...register('startDate')} style={{ width: 200 }} /></Row>
      <Row label="Monthly base salary expectation (USD)" htmlFor="vg-monthlySalary" hint="We pay monthly; most people divide their annual number by 12.">
        <TextField.Root id="vg-monthlySalary" inputMode="numeric" {...register('monthlySalary')} style={{ width: 260 }}>
          <TextField.Slot>$</TextField.Slot><TextField.Slot side="right">/ month</TextField.Slot>
        </TextField.Root>
      </Row>
      <Row label="Which teams should see your application?" field="teams">
        <Controller name="teams" control={control} render={({ field }) => (
          <CheckboxCards.Root value={field.value} onValueChange={field.onChange} columns="2">
            {posting.teams.map((t) => <CheckboxCards.Item key={t} value={t}>{t}</CheckboxCards.Item>)}
          </CheckboxCards.Root>
        )} />
      </Row>
      {posting.questions.map((q) => (q.kind === 'radio' ? (
        <Row key={q.key} label={q.label} field={q.key}>
          <Controller name={q.key} control={control} render={({ field }) => (
            <RadioGroup.Root name={q.key} value={field.value} onValueChange={field.onChange}>
              {q.options.map((x) => <Text as="label" size="2" key={x}><Flex gap="2"><RadioGroup.Item value={x} /> {x}</Flex></Text>)}
            </RadioGroup.Root>
          )} />
        </Row>
      ) : (
        <Row key={q.key} label={q.label} htmlFor={`vg-${q.key}`}><TextArea id={`vg-${q.key}`} rows={4} {...register(q.key)} /></Row>
      )))}
      <Row label="How did you hear about us?" htmlFor="vg-heard">{sel('heard', 'Select…', [['web', 'Our website'], ['li', 'LinkedIn'], ['awwa', 'AWWA job board'], ['friend', 'A friend or colleague'], ['other', 'Other']])}</Row>
      <Row label="Gender (voluntary)" htmlFor="vg-gender">{sel('gender', 'Select…', [['f', 'Female'], ['m', 'Male'], ['x', 'Non-binary'], ['na', 'Decline to state']])}</Row>
      <Controller name="futureRoles" control={control} render={({ field }) => (
        <Text as="label" size="2"><Flex gap="2" my="3"><Switch id="vg-futureRoles" checked={field.value} onCheckedChange={field.onChange} /> Keep my application on file for future roles</Flex></Text>
      )} />
      <Controller name="consent" control={control} rules={{ validate: (x) => x === true }} render={({ field }) => (
        <Text as="label" size="2" color={errors.consent ? 'red' : undefined}><Flex gap="2" my="3"><Checkbox id="vg-consent" checked={field.value} onCheckedChange={(c) => field.onChange(c === true)} /> I confirm the information above is accurate and agree to the privacy notice</Flex></Text>
      )} />
      <Button id="vg-submit" type="submit" size="3" mt="3">Submit application</Button>
    </form>
  );
}

export function renderPosting(posting) {
  createRoot(document.getElementById('root')).render(
    <Theme accentColor="teal" radius="medium">
      <Flex asChild align="center" gap="4" px="6" py="3" style={{ background: '#134e4a' }}>
        <header>
          <Text weight="bold" style={{ color: '#ccfbf1', flex: 1 }}>Verdigris Water · Careers</Text>
          <TextField.Root id="vg-search" placeholder="Search jobs" aria-label="Search jobs" size="1" />
        </header>
      </Flex>
      <Container size="2" my="5"><Card size="4"><Application posting={posting} /></Card></Container>
    </Theme>,
  );
}
