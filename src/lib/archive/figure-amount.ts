import pluralize from 'pluralize';

/**
 * A figure's value and unit as a reader says them: "158,581 arrests", "10 percent", and "1 jurisdiction" (units are
 * recorded in the plural; for exactly one, the unit's head noun, the word before any "of …", is made singular).
 */
export function figureAmount(value: number, unit: string): string {
  const number = value.toLocaleString('en-US');
  if (!unit) return number;
  if (value !== 1) return `${number} ${unit}`;
  const [head, ...tail] = unit.split(/(?= of )/);
  const words = head!.split(' ');
  words[words.length - 1] = pluralize.singular(words.at(-1)!);
  return `${number} ${[words.join(' '), ...tail].join('')}`;
}
