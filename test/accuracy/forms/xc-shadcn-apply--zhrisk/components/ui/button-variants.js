const BASE = 'inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm font-medium transition-all';
const VARIANTS = { ghost: 'hover:bg-accent hover:text-accent-foreground', outline: 'border bg-background shadow-xs' };

export function buttonVariantsOf(variant) {
  return `${BASE} ${VARIANTS[variant] ?? ''}`;
}
