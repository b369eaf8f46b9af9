import type { z } from 'astro/zod';

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

// Look through wrappers that do not change which keys an object accepts.
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (
    let def = defOf(current);
    def.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type);
    def = defOf(current)
  ) {
    current = def.innerType;
  }
  return current;
}

/** The keys an object schema accepts at a field path, for "unknown key" messages that list the right spelling. */
export function allowedKeysAt(schema: z.ZodType, fieldPath: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of fieldPath) {
    const def = defOf(current);
    if (typeof key === 'number' && def.type === 'array' && def.element) current = unwrap(def.element);
    else if (typeof key === 'string' && def.shape?.[key]) current = unwrap(def.shape[key]);
    else return [];
  }
  const shape = defOf(current).shape;
  return shape ? Object.keys(shape) : [];
}
