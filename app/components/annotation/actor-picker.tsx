"use client";

import { useId, useState } from "react";
import type { ActorRef } from "../../lib/annotation/draft";
import { SearchBox } from "../search-box";
import { NewActorForm } from "./new-actor-form";
import { LINK, Problem } from "./styles";

interface ActorPickerProps {
  label: string;
  value: ActorRef | null;
  onChange: (actor: ActorRef | null) => void;
  problem?: string | undefined;
  testId: string;
}

/**
 * Picks a person or organisation with the explorer's alias-aware search, or makes a new one on the
 * spot. Once chosen, the name stands with a way to change it.
 */
export function ActorPicker({ label, value, onChange, problem, testId }: ActorPickerProps) {
  const [creating, setCreating] = useState(false);
  const problemId = `${useId()}-problem`;
  if (value) {
    return (
      <div data-testid={testId}>
        <span className="mb-0.5 block text-xs font-medium text-slate-700 dark:text-slate-300">{label}</span>
        <span className="text-sm font-medium" data-testid={`${testId}-chosen`}>
          {value.name}
        </span>{" "}
        <button
          type="button"
          className={`text-xs ${LINK}`}
          onClick={() => onChange(null)}
          aria-label={`Change ${label.toLowerCase()} (${value.name})`}
        >
          change
        </button>
        <Problem id={problemId} text={problem} />
      </div>
    );
  }
  return (
    <div data-testid={testId}>
      {creating ? (
        <NewActorForm
          label={label}
          onCreated={(actor) => {
            setCreating(false);
            onChange(actor);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <>
          <SearchBox
            label={label}
            placeholder="Any name or alias…"
            kinds={["person", "organization"]}
            onSelect={(hit) => onChange({ id: hit.id, name: hit.name })}
            testId={`${testId}-search`}
            showLabel
            describedBy={problem ? problemId : undefined}
          />
          <button type="button" className={`mt-0.5 text-left text-xs ${LINK}`} onClick={() => setCreating(true)}>
            Not found? New person or organisation…
          </button>
        </>
      )}
      <Problem id={problemId} text={problem} />
    </div>
  );
}
