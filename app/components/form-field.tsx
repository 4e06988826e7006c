// A labelled form field for conform: the error next to the field, the hint
// tied to it, the user's input kept after a 400.
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";

type Common = { field: FieldMetadata<string | number | undefined>; label: string; hint?: string; wide?: boolean };

function describedBy(field: Common["field"], hint?: string) {
  return [field.errors ? field.errorId : null, hint ? `${field.id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ field, hint }: Pick<Common, "field" | "hint">) {
  return (
    <>
      {hint ? (
        <p className="hint-inline" id={`${field.id}-hint`}>
          {hint}
        </p>
      ) : null}
      {field.errors ? (
        <p className="field-error" id={field.errorId}>
          {field.errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

type TextFieldProps = Common & {
  type?: "text" | "date" | "email" | "url" | "tel" | "password";
  inputMode?: "numeric" | "decimal";
  autoComplete?: string;
  placeholder?: string;
};

export function TextField({ field, label, hint, wide, type = "text", inputMode, autoComplete, placeholder }: TextFieldProps) {
  return (
    <div className={wide ? "field field--wide" : "field"}>
      <label htmlFor={field.id}>{label}</label>
      <input
        {...getInputProps(field, { type })}
        inputMode={inputMode}
        autoComplete={autoComplete}
        placeholder={placeholder}
        aria-describedby={describedBy(field, hint)}
      />
      <Messages field={field} hint={hint} />
    </div>
  );
}

export function TextAreaField({ field, label, hint }: Common) {
  return (
    <div className="field field--wide">
      <label htmlFor={field.id}>{label}</label>
      <textarea {...getTextareaProps(field)} rows={4} aria-describedby={describedBy(field, hint)} />
      <Messages field={field} hint={hint} />
    </div>
  );
}

export function SelectField({ field, label, hint, options }: Common & { options: Array<{ value: string; label: string }> }) {
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <select {...getSelectProps(field)} aria-describedby={describedBy(field, hint)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages field={field} hint={hint} />
    </div>
  );
}
