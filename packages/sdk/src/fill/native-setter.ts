/**
 * Sets `value`/`checked` through the setter of the element's prototype chain, not the element's
 * own property. React (and other trackers) shadow `value` on the instance to notice programmatic
 * writes; only the native setter makes the following `input` event look like a user edit.
 * https://github.com/facebook/react/issues/10135
 */
export function setNativeProperty(
  element: Element,
  property: 'value' | 'checked' | 'selectedIndex',
  value: string | boolean | number,
): void {
  const setter = findSetter(Object.getPrototypeOf(element) as object | null, property);
  if (setter) setter.call(element, value);
  else Reflect.set(element, property, value);
}

function findSetter(prototype: object | null, property: string): ((value: unknown) => void) | undefined {
  for (let proto = prototype; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (descriptor?.set) return descriptor.set;
  }
  return undefined;
}
