import type { Lang } from './api';
import { t } from './i18n';
import { helpText, mechanicFields, resolve, unitOf, type JsonSchema } from './schema';

type Path = (string | number)[];
export type OnChange = (path: Path, value: unknown) => void;

const MECHANICS = mechanicFields();
/** Spec fields shown open; the rest sit under "more fields". */
const CORE = new Set(['type', 'status', 'window', 'scope', 'tiers', 'event']);

const fieldId = (path: Path) => `field-${path.join('-')}`;

/**
 * A typed value from what the operator typed: numbers become numbers, and
 * anything else stays text, so a malformed value reaches the YAML (and the
 * schema's located finding) instead of silently vanishing.
 */
function coerce(schema: JsonSchema, raw: string): unknown {
  if (raw.trim() === '') return undefined;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if ((types.includes('number') || types.includes('integer')) && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw.trim());
  return raw;
}

function Field({ name, schema: raw, value, path, onChange, lang }: { name: string; schema: JsonSchema; value: unknown; path: Path; onChange: OnChange; lang: Lang }) {
  const { schema } = resolve(raw);
  const id = fieldId(path);
  const unit = unitOf(schema, raw.$ref, name);
  const help = helpText(schema.description, lang);
  const label = (
    <label htmlFor={id}>
      <code>{name}</code>
      {unit ? <span className="unit"> ({unit === 'yuan' ? t(lang).yuan : unit})</span> : null}
    </label>
  );
  const helpNode = help ? (
    <small className="help" id={`${id}-help`}>
      {help}
    </small>
  ) : null;
  const described = help ? `${id}-help` : undefined;

  if (schema.const !== undefined && schema.type !== 'boolean') return null;
  if (schema.properties) {
    return (
      <fieldset className="group">
        <legend>
          <code>{name}</code>
        </legend>
        {helpNode}
        {Object.entries(schema.properties).map(([key, child]) => (
          <Field
            key={key}
            name={key}
            schema={child}
            value={(value as Record<string, unknown> | undefined)?.[key]}
            path={[...path, key]}
            onChange={onChange}
            lang={lang}
          />
        ))}
      </fieldset>
    );
  }
  if (schema.enum) {
    return (
      <div className="field">
        {label}
        <select id={id} aria-describedby={described} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(path, e.target.value || undefined)}>
          <option value="">—</option>
          {schema.enum.map((option) => (
            <option key={String(option)} value={String(option)}>
              {String(option)}
            </option>
          ))}
        </select>
        {helpNode}
      </div>
    );
  }
  if (schema.type === 'boolean') {
    return (
      <div className="field check">
        <input id={id} type="checkbox" aria-describedby={described} checked={value === true} onChange={(e) => onChange(path, e.target.checked ? true : undefined)} />
        {label}
        {helpNode}
      </div>
    );
  }
  if (schema.type === 'array') {
    const items = schema.items ? resolve(schema.items).schema : undefined;
    if (items?.properties) {
      return (
        <div className="field">
          <span className="label">
            <code>{name}</code>
          </span>
          <small className="help">
            {help} ({t(lang).editInYaml})
          </small>
        </div>
      );
    }
    const shown = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
    return (
      <div className="field">
        {label}
        <input
          id={id}
          aria-describedby={described}
          defaultValue={shown}
          key={shown}
          placeholder="a, b"
          onBlur={(e) => {
            const parts = e.target.value.split(/[,，\s]+/).filter(Boolean);
            onChange(path, parts.length > 0 ? parts : undefined);
          }}
        />
        {helpNode}
      </div>
    );
  }
  const text = value === undefined || value === null ? '' : String(value);
  return (
    <div className="field">
      {label}
      <input
        id={id}
        aria-describedby={described}
        value={text}
        placeholder={schema.examples?.[0] !== undefined ? String(schema.examples[0]) : undefined}
        inputMode={unit === 'yuan' || unit === '%' ? 'decimal' : undefined}
        onChange={(e) => onChange(path, coerce(schema, e.target.value))}
      />
      {helpNode}
    </div>
  );
}

/** The spec part of a Promotion, field by field from the schema; metadata name and description above it. */
export function PromotionForm({ value, onChange, lang }: { value: Record<string, unknown>; onChange: OnChange; lang: Lang }) {
  const spec = (value.spec ?? {}) as Record<string, unknown>;
  const type = typeof spec.type === 'string' ? spec.type : undefined;
  const ownMechanics = (type && MECHANICS.byType.get(type)) || new Set<string>();
  const specSchema = resolve({ $ref: '#/$defs/spec' }).schema;
  const visible = Object.entries(specSchema.properties ?? {}).filter(([key]) => !MECHANICS.all.has(key) || ownMechanics.has(key));
  const core = visible.filter(([key]) => CORE.has(key) || MECHANICS.all.has(key));
  const more = visible.filter(([key]) => !CORE.has(key) && !MECHANICS.all.has(key));
  const metadata = (value.metadata ?? {}) as Record<string, unknown>;
  const metaSchema = resolve({ $ref: 'common.schema.json#/$defs/metadata' }).schema;
  return (
    <form className="promotion-form" onSubmit={(e) => e.preventDefault()} aria-label={t(lang).form}>
      <Field name="name" schema={metaSchema.properties!.name!} value={metadata.name} path={['metadata', 'name']} onChange={onChange} lang={lang} />
      {core.map(([key, child]) => (
        <Field key={key} name={key} schema={child} value={spec[key]} path={['spec', key]} onChange={onChange} lang={lang} />
      ))}
      <details>
        <summary>{t(lang).moreFields}</summary>
        <Field name="description" schema={metaSchema.properties!.description!} value={metadata.description} path={['metadata', 'description']} onChange={onChange} lang={lang} />
        {more.map(([key, child]) => (
          <Field key={key} name={key} schema={child} value={spec[key]} path={['spec', key]} onChange={onChange} lang={lang} />
        ))}
      </details>
    </form>
  );
}
