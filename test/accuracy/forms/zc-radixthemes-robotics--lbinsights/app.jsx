/**
 * A robotics startup's careers page on Radix Themes 3 (`@radix-ui/themes`, prebuilt styles.css),
 * written the way the Radix Themes docs compose forms: `<label>` elements wrapping a `Text`
 * caption and a `TextField.Root` (no ids, no `for`), `TextField.Slot`s for an icon, "https://",
 * "$" and "USD", Selects (button role=combobox in the label, portalled content, grouped countries,
 * a hidden native select because each has a `name`), a SegmentedControl for years (radio-like
 * buttons), RadioCards for the degree, RadioGroups whose items are labels around a button
 * role=radio (the hidden "bubble" radio inputs carry the name), CheckboxCards to leave alone, a
 * Switch, a Checkbox, a `type=date` TextField, a hidden file input behind a Button. State in
 * useState, rendered into <pre id="model">.
 */
import '@radix-ui/themes/styles.css';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Button, Callout, Card, Checkbox, CheckboxCards, Container, Flex, Grid, Heading, RadioCards, RadioGroup, SegmentedControl,
  Select, Separator, Switch, Text, TextArea, TextField, Theme,
} from '@radix-ui/themes';

function Caption({ children }) {
  return <Text as="div" size="2" mb="1" weight="bold">{children}</Text>;
}

function Application() {
  const [v, setV] = useState({
    fullName: '', preferredName: '', email: '', phone: '', office: '', country: 'US', linkedin: '', portfolio: '', company: '', title: '', years: '',
    degree: '', authorized: '', sponsorship: '', onsite: '', salary: '', startDate: '', resume: null, coverLetter: '', whyTidepool: '', bi: [],
    travel: false, consent: false,
  });
  const [done, setDone] = useState(false);
  const fileRef = useRef(null);
  const set = (k) => (value) => setV((s) => ({ ...s, [k]: value }));
  const onText = (k) => (e) => set(k)(e.target.value);
  const pre = document.getElementById('model');
  if (pre) pre.textContent = JSON.stringify(v, null, 2);

  return (
    <Theme accentColor="cyan" radius="medium">
      <Flex justify="between" align="center" px="6" py="3" style={{ borderBottom: '1px solid var(--gray-a5)' }}>
        <Text size="5" weight="bold">tidepool<Text color="cyan">robotics</Text></Text>
        <Flex gap="4" align="center">
          <Text size="2">Robots</Text><Text size="2">Customers</Text>
          <TextField.Root placeholder="Search roles…" size="1" name="search" id="role-search" aria-label="Search roles">
            <TextField.Slot>⌕</TextField.Slot>
          </TextField.Root>
        </Flex>
      </Flex>
      <Container size="2" px="4" py="6">
        <Text color="gray" size="2">Business Operations · San Francisco, CA · Pittsburgh, PA · Boston, MA</Text>
        <Heading size="7" mt="1" mb="2">Analytics Engineer, Customer Insights</Heading>
        <Text as="p" mb="5">Customers run our robots in 140 warehouses. You'll model their fleet, service and billing data so account teams can see where each site stands.</Text>
        {done ? (
          <Callout.Root color="green" id="application-sent"><Callout.Text>Application sent — thank you! We reply to everyone within 10 days.</Callout.Text></Callout.Root>
        ) : (
          <Card size="3">
            <form id="apply" onSubmit={(e) => { e.preventDefault(); if (v.fullName && v.email && v.phone && v.resume && v.onsite && v.consent) setDone(true); }}>
              <Flex direction="column" gap="4">
                <Heading size="4">Your details</Heading>
                <Grid columns="2" gap="3">
                  <label>
                    <Caption>Full name</Caption>
                    <TextField.Root name="fullName" placeholder="Enter your full name" value={v.fullName} onChange={onText('fullName')} />
                  </label>
                  <label>
                    <Caption>Preferred name</Caption>
                    <TextField.Root name="preferredName" placeholder="If different" value={v.preferredName} onChange={onText('preferredName')} />
                  </label>
                </Grid>
                <Grid columns="2" gap="3">
                  <label>
                    <Caption>Email</Caption>
                    <TextField.Root type="email" name="email" placeholder="you@example.com" value={v.email} onChange={onText('email')}>
                      <TextField.Slot>✉</TextField.Slot>
                    </TextField.Root>
                  </label>
                  <label>
                    <Caption>Mobile number</Caption>
                    <TextField.Root type="tel" name="phone" placeholder="(555) 555-5555" value={v.phone} onChange={onText('phone')} />
                  </label>
                </Grid>
                <Grid columns="2" gap="3">
                  <label>
                    <Caption>Country of residence</Caption>
                    <Select.Root name="country" value={v.country} onValueChange={set('country')}>
                      <Select.Trigger placeholder="Select a country" style={{ width: '100%' }} id="country-trigger" />
                      <Select.Content>
                        <Select.Group>
                          <Select.Label>North America</Select.Label>
                          <Select.Item value="CA">Canada</Select.Item>
                          <Select.Item value="MX">Mexico</Select.Item>
                          <Select.Item value="US">United States</Select.Item>
                        </Select.Group>
                        <Select.Separator />
                        <Select.Group>
                          <Select.Label>Europe</Select.Label>
                          <Select.Item value="FR">France</Select.Item>
                          <Select.Item value="DE">Germany</Select.Item>
                          <Select.Item value="GB">United Kingdom</Select.Item>
                        </Select.Group>
                        <Select.Separator />
                        <Select.Item value="other">Other</Select.Item>
                      </Select.Content>
                    </Select.Root>
                  </label>
                  <label>
                    <Caption>Which of our offices is closest to you?</Caption>
                    <Select.Root name="office" value={v.office} onValueChange={set('office')}>
                      <Select.Trigger placeholder="Pick an office" style={{ width: '100%' }} id="office-trigger" />
                      <Select.Content>
                        <Select.Item value="bos">Boston, MA</Select.Item>
                        <Select.Item value="pgh">Pittsburgh, PA</Select.Item>
                        <Select.Item value="sf">San Francisco, CA</Select.Item>
                      </Select.Content>
                    </Select.Root>
                  </label>
                </Grid>
                <Grid columns="2" gap="3">
                  <label>
                    <Caption>LinkedIn</Caption>
                    <TextField.Root name="linkedin" placeholder="linkedin.com/in/…" value={v.linkedin} onChange={onText('linkedin')}>
                      <TextField.Slot>https://</TextField.Slot>
                    </TextField.Root>
                  </label>
                  <label>
                    <Caption>Portfolio</Caption>
                    <TextField.Root name="portfolio" placeholder="your-site.com/work" value={v.portfolio} onChange={onText('portfolio')}>
                      <TextField.Slot>https://</TextField.Slot>
                    </TextField.Root>
                  </label>
                </Grid>
                <Separator size="4" />
                <Heading size="4">Experience</Heading>
                <Grid columns="2" gap="3">
                  <label><Caption>Current employer</Caption><TextField.Root name="company" value={v.company} onChange={onText('company')} /></label>
                  <label><Caption>Current role</Caption><TextField.Root name="title" value={v.title} onChange={onText('title')} /></label>
                </Grid>
                <Box>
                  <Caption>Years of analytics or data engineering experience</Caption>
                  <SegmentedControl.Root value={v.years} onValueChange={set('years')} id="years-control">
                    <SegmentedControl.Item value="0-1">0–1</SegmentedControl.Item>
                    <SegmentedControl.Item value="2-4">2–4</SegmentedControl.Item>
                    <SegmentedControl.Item value="5-7">5–7</SegmentedControl.Item>
                    <SegmentedControl.Item value="8+">8+</SegmentedControl.Item>
                  </SegmentedControl.Root>
                </Box>
                <label>
                  <Caption>Highest degree</Caption>
                  <Select.Root name="degree" value={v.degree} onValueChange={set('degree')}>
                    <Select.Trigger placeholder="Select a degree" style={{ width: '100%' }} id="degree-trigger" />
                    <Select.Content>
                      <Select.Item value="hs">High school diploma</Select.Item>
                      <Select.Item value="associate">Associate degree</Select.Item>
                      <Select.Item value="bachelor">Bachelor's degree</Select.Item>
                      <Select.Item value="master">Master's degree</Select.Item>
                      <Select.Item value="phd">PhD</Select.Item>
                    </Select.Content>
                  </Select.Root>
                </label>
                <Box>
                  <Caption>Which BI tools have you shipped dashboards in?</Caption>
                  <CheckboxCards.Root name="bi" value={v.bi} onValueChange={set('bi')} columns="4">
                    <CheckboxCards.Item value="looker">Looker</CheckboxCards.Item>
                    <CheckboxCards.Item value="tableau">Tableau</CheckboxCards.Item>
                    <CheckboxCards.Item value="mode">Mode</CheckboxCards.Item>
                    <CheckboxCards.Item value="hex">Hex</CheckboxCards.Item>
                  </CheckboxCards.Root>
                </Box>
                <Separator size="4" />
                <Heading size="4">Logistics</Heading>
                <Box>
                  <Caption>Are you legally authorized to work in the US?</Caption>
                  <RadioGroup.Root id="authorized-group" name="authorized" value={v.authorized} onValueChange={set('authorized')}>
                    <RadioGroup.Item value="yes">Yes, I am authorized</RadioGroup.Item>
                    <RadioGroup.Item value="no">No, I am not authorized</RadioGroup.Item>
                  </RadioGroup.Root>
                </Box>
                <Box>
                  <Caption>Do you require visa sponsorship?</Caption>
                  <RadioGroup.Root id="sponsorship-group" name="sponsorship" value={v.sponsorship} onValueChange={set('sponsorship')}>
                    <RadioGroup.Item value="no">No</RadioGroup.Item>
                    <RadioGroup.Item value="yes">Yes</RadioGroup.Item>
                  </RadioGroup.Root>
                </Box>
                <Box>
                  <Caption>This role is hybrid: are you able to work from the office you picked 3 days per week? *</Caption>
                  <RadioGroup.Root id="onsite-group" name="onsite" value={v.onsite} onValueChange={set('onsite')}>
                    <RadioGroup.Item value="yes">Yes</RadioGroup.Item>
                    <RadioGroup.Item value="no">No</RadioGroup.Item>
                  </RadioGroup.Root>
                </Box>
                <Grid columns="2" gap="3">
                  <label>
                    <Caption>Desired annual base salary</Caption>
                    <TextField.Root name="salary" inputMode="numeric" value={v.salary} onChange={onText('salary')}>
                      <TextField.Slot>$</TextField.Slot>
                      <TextField.Slot side="right">USD</TextField.Slot>
                    </TextField.Root>
                  </label>
                  <label>
                    <Caption>Available from</Caption>
                    <TextField.Root type="date" name="startDate" value={v.startDate} onChange={onText('startDate')} />
                  </label>
                </Grid>
                <Text as="label" size="2">
                  <Flex gap="2" align="center"><Switch id="travel-switch" name="travel" checked={v.travel} onCheckedChange={set('travel')} /> I can travel to customer sites up to 20% of the time</Flex>
                </Text>
                <Separator size="4" />
                <Box>
                  <Caption>Resume</Caption>
                  <input ref={fileRef} type="file" name="resume" accept=".pdf,.doc,.docx" hidden onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? null)} />
                  <Flex gap="3" align="center">
                    <Button type="button" variant="soft" onClick={() => fileRef.current?.click()} id="resume-button">Attach resume</Button>
                    <Text size="2" color="gray">{v.resume ?? 'PDF or Word'}</Text>
                  </Flex>
                </Box>
                <label>
                  <Caption>Cover letter</Caption>
                  <TextArea name="coverLetter" placeholder="Paste your cover letter (optional)" rows={5} value={v.coverLetter} onChange={onText('coverLetter')} />
                </label>
                <label>
                  <Caption>What would you want to learn from our customer data first?</Caption>
                  <TextArea name="whyTidepool" rows={3} value={v.whyTidepool} onChange={onText('whyTidepool')} />
                </label>
                <Text as="label" size="2">
                  <Flex gap="2"><Checkbox id="consent-box" name="consent" checked={v.consent} onCheckedChange={(c) => set('consent')(c === true)} /> I agree to Tidepool's candidate privacy policy</Flex>
                </Text>
                <Flex justify="end"><Button type="submit" size="3" id="submit-application">Submit application</Button></Flex>
              </Flex>
            </form>
          </Card>
        )}
      </Container>
    </Theme>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
