/**
 * Quillon Freight Audit careers: React + **Chakra UI v3** (Ark UI underneath) driven by
 * **react-hook-form Controllers only** (every value lives in the form library; Chakra parts are
 * controlled through `field.value` / `field.onChange`), with the answers split into parts the way
 * payroll-minded ATSs ask them: a calling-code Select ("🇨🇦 +1" listed before "🇺🇸 +1") beside the
 * mobile number, City + State Select + ZIP, the salary as amount NumberInput + currency Select +
 * period Select, and the start date as Month / Day / Year Selects. Chakra Selects render a hidden
 * native select and a portalled item list; RadioGroups have hidden radios; the Checkbox a hidden
 * input. Form values (watch()) go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import {
  Box, Button, ChakraProvider, Checkbox, createListCollection, defaultSystem, Field, Flex, Heading, Input, NumberInput, Portal, RadioGroup, Select,
  Stack, Text, Textarea,
} from '@chakra-ui/react';

const list = (items) => createListCollection({ items: items.map((i) => (Array.isArray(i) ? { value: i[0], label: i[1] } : { value: i, label: i })) });
const DIAL = list([['CA', '🇨🇦 +1'], ['US', '🇺🇸 +1'], ['MX', '🇲🇽 +52'], ['GB', '🇬🇧 +44'], ['IN', '🇮🇳 +91'], ['PH', '🇵🇭 +63']]);
const STATES = list(['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri',
  'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming']);
const CURRENCY = list([['USD', 'USD'], ['CAD', 'CAD'], ['MXN', 'MXN'], ['EUR', 'EUR']]);
const PERIOD = list([['hour', 'per hour'], ['month', 'per month'], ['year', 'per year']]);
const MONTHS = list(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const DAYS = list(Array.from({ length: 31 }, (_, i) => String(i + 1)));
const YEARS = list(['2026', '2027', '2028']);
const HEARD = list(['LinkedIn', 'Quillon website', 'Indeed', 'Referral', 'Other']);
const VETERAN = list(['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer']);

function PickOne({ control, name, label, collection, placeholder = 'Select', width, rules }) {
  return (
    <Controller name={name} control={control} rules={rules} render={({ field, fieldState }) => (
      <Field.Root invalid={!!fieldState.error} width={width} data-field={name}>
        <Select.Root collection={collection} value={field.value ? [field.value] : []} onValueChange={(d) => field.onChange(d.value[0] ?? '')} name={name} size="sm" ids={{ trigger: `qf-${name}` }}>
          <Select.HiddenSelect />
          <Select.Label>{label}</Select.Label>
          <Select.Control>
            <Select.Trigger><Select.ValueText placeholder={placeholder} /></Select.Trigger>
            <Select.IndicatorGroup><Select.Indicator /></Select.IndicatorGroup>
          </Select.Control>
          <Portal><Select.Positioner><Select.Content>
            {collection.items.map((item) => <Select.Item item={item} key={item.value}>{item.label}<Select.ItemIndicator /></Select.Item>)}
          </Select.Content></Select.Positioner></Portal>
        </Select.Root>
        {fieldState.error && <Field.ErrorText>{fieldState.error.message || 'Required'}</Field.ErrorText>}
      </Field.Root>
    )} />
  );
}
function TextIn({ control, name, label, rules, helper, ...rest }) {
  return (
    <Controller name={name} control={control} rules={rules} render={({ field, fieldState }) => (
      <Field.Root invalid={!!fieldState.error} flex="1">
        <Field.Label>{label}</Field.Label>
        <Input id={`qf-${name}`} size="sm" {...field} {...rest} />
        {helper && <Field.HelperText>{helper}</Field.HelperText>}
        {fieldState.error && <Field.ErrorText>{fieldState.error.message || 'Required'}</Field.ErrorText>}
      </Field.Root>
    )} />
  );
}
function YesNo({ control, name, label, options = ['Yes', 'No'] }) {
  return (
    <Controller name={name} control={control} rules={{ required: true }} render={({ field }) => (
      <RadioGroup.Root name={name} value={field.value} onValueChange={(d) => field.onChange(d.value)} size="sm" data-field={name}>
        <RadioGroup.Label>{label}</RadioGroup.Label>
        <Flex gap="5" mt="1">
          {options.map((o) => (
            <RadioGroup.Item key={o} value={o}><RadioGroup.ItemHiddenInput /><RadioGroup.ItemIndicator /><RadioGroup.ItemText>{o}</RadioGroup.ItemText></RadioGroup.Item>
          ))}
        </Flex>
      </RadioGroup.Root>
    )} />
  );
}

function App() {
  const { control, handleSubmit, watch } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', dialCode: '', mobile: '', city: '', state: '', zip: '', linkedin: '', employer: '', jobTitle: '', years: '',
      salaryAmount: '', salaryCurrency: '', salaryPeriod: '', startMonth: '', startDay: '', startYear: '', authorized: '', sponsorship: '', resume: '',
      coverLetter: '', dataQuality: '', heard: '', veteran: '', consent: false,
    },
  });
  const [sent, setSent] = useState(false);
  const values = watch();
  return (
    <ChakraProvider value={defaultSystem}>
      <Flex as="header" px="8" py="3" bg="purple.900" color="white" align="center" gap="6">
        <Text fontWeight="bold" letterSpacing="wider">QUILLON</Text><Text fontSize="sm" flex="1">Freight audit &amp; payment</Text>
        <Input id="qf-track" size="xs" width="220px" bg="white" color="black" placeholder="Track an invoice (e.g. QF-123456)" aria-label="Track an invoice" />
      </Flex>
      <Box maxW="760px" mx="auto" my="6" bg="white" p="8" borderRadius="lg" shadow="sm">
        <Text color="purple.600" fontWeight="semibold" fontSize="sm">Data · Remote (US) · Full time</Text>
        <Heading as="h1" size="xl" mb="2">Senior Data Engineer, Invoice Intelligence</Heading>
        <Text mb="6">Quillon audits 90 million freight invoices a year. Build the pipelines that match carrier bills against shipments and contracts.</Text>
        <form id="qf-form" noValidate onSubmit={handleSubmit(() => setSent(true))}>
          <Stack gap="4">
            <Flex gap="4">
              <TextIn control={control} name="firstName" label="First name" rules={{ required: true }} />
              <TextIn control={control} name="lastName" label="Last name" rules={{ required: true }} />
            </Flex>
            <TextIn control={control} name="email" label="Email" type="email" rules={{ required: true }} />
            <Flex gap="3" align="flex-end">
              <PickOne control={control} name="dialCode" label="Code" collection={DIAL} placeholder="Code" width="150px" rules={{ required: true }} />
              <TextIn control={control} name="mobile" label="Mobile number" type="tel" rules={{ required: true, pattern: { value: /^[\d\s()-]{10,14}$/, message: 'Enter the number without the country code' } }} />
            </Flex>
            <Flex gap="3" align="flex-start">
              <TextIn control={control} name="city" label="City" />
              <PickOne control={control} name="state" label="State" collection={STATES} width="200px" />
              <Box width="130px"><TextIn control={control} name="zip" label="ZIP" /></Box>
            </Flex>
            <TextIn control={control} name="linkedin" label="LinkedIn URL" />
            <Flex gap="4">
              <TextIn control={control} name="employer" label="Current employer" />
              <TextIn control={control} name="jobTitle" label="Current job title" />
            </Flex>
            <Controller name="years" control={control} rules={{ required: true }} render={({ field }) => (
              <Field.Root width="260px">
                <Field.Label>Years of data engineering experience</Field.Label>
                <NumberInput.Root size="sm" min={0} max={50} value={field.value} onValueChange={(d) => field.onChange(d.value)} ids={{ input: 'qf-years' }}>
                  <NumberInput.Control /><NumberInput.Input name="years" />
                </NumberInput.Root>
              </Field.Root>
            )} />
            <Box role="group" aria-labelledby="qf-salary-label">
              <Text id="qf-salary-label" fontWeight="medium" fontSize="sm" mb="1">Expected base salary</Text>
              <Flex gap="3" align="flex-end">
                <Controller name="salaryAmount" control={control} render={({ field }) => (
                  <Field.Root flex="1">
                    <Field.Label srOnly>Amount</Field.Label>
                    <NumberInput.Root size="sm" min={0} value={field.value} onValueChange={(d) => field.onChange(d.value)} formatOptions={{ maximumFractionDigits: 0 }} ids={{ input: 'qf-salaryAmount' }}>
                      <NumberInput.Input name="salaryAmount" placeholder="Amount" />
                    </NumberInput.Root>
                  </Field.Root>
                )} />
                <PickOne control={control} name="salaryCurrency" label="Currency" collection={CURRENCY} placeholder="Currency" width="130px" />
                <PickOne control={control} name="salaryPeriod" label="Period" collection={PERIOD} placeholder="Period" width="150px" />
              </Flex>
            </Box>
            <Box role="group" aria-labelledby="qf-start-label">
              <Text id="qf-start-label" fontWeight="medium" fontSize="sm" mb="1">When can you start?</Text>
              <Flex gap="3">
                <PickOne control={control} name="startMonth" label="Month" collection={MONTHS} placeholder="Month" width="180px" />
                <PickOne control={control} name="startDay" label="Day" collection={DAYS} placeholder="Day" width="110px" />
                <PickOne control={control} name="startYear" label="Year" collection={YEARS} placeholder="Year" width="120px" />
              </Flex>
            </Box>
            <YesNo control={control} name="authorized" label="Are you legally authorized to work in the United States?" />
            <YesNo control={control} name="sponsorship" label="Will you now or in the future require sponsorship for employment visa status?" />
            <Controller name="resume" control={control} rules={{ required: true }} render={({ field }) => (
              <Field.Root>
                <Field.Label>Resume</Field.Label>
                <Flex align="center" gap="3">
                  <Button as="label" size="sm" variant="outline" htmlFor="qf-resume">Choose file</Button>
                  <input id="qf-resume" type="file" name="resume" accept=".pdf,.doc,.docx" style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
                    onChange={(e) => field.onChange(e.target.files?.[0]?.name ?? '')} />
                  <Text fontSize="sm" color="gray.600">{field.value || 'No file chosen'}</Text>
                </Flex>
              </Field.Root>
            )} />
            <Controller name="coverLetter" control={control} render={({ field }) => (
              <Field.Root><Field.Label>Cover letter</Field.Label><Textarea id="qf-coverLetter" rows={5} {...field} /><Field.HelperText>Optional</Field.HelperText></Field.Root>
            )} />
            <Controller name="dataQuality" control={control} render={({ field }) => (
              <Field.Root><Field.Label>Tell us about a data-quality problem you caught before it reached a customer.</Field.Label><Textarea id="qf-dataQuality" rows={3} {...field} /></Field.Root>
            )} />
            <PickOne control={control} name="heard" label="How did you hear about this role?" collection={HEARD} />
            <PickOne control={control} name="veteran" label="Veteran status (voluntary)" collection={VETERAN} />
            <Controller name="consent" control={control} rules={{ required: true }} render={({ field }) => (
              <Checkbox.Root checked={field.value} onCheckedChange={(d) => field.onChange(!!d.checked)} size="sm" data-field="consent" ids={{ hiddenInput: 'qf-consent' }}>
                <Checkbox.HiddenInput name="consent" /><Checkbox.Control /><Checkbox.Label>I agree to Quillon's applicant privacy notice.</Checkbox.Label>
              </Checkbox.Root>
            )} />
            <Button id="qf-submit" type="submit" colorPalette="purple" alignSelf="flex-start">Submit application</Button>
            {sent && <Text id="qf-sent" color="green.600" fontWeight="semibold">Thanks — your application is in.</Text>}
          </Stack>
        </form>
        <pre id="model" style={{ fontSize: 11, color: '#aaa', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(values)}</pre>
      </Box>
    </ChakraProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
