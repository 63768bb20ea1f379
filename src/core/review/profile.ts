/**
 * A QA profile: which checks run, at what severity, with which thresholds.
 * Read from a JSON file (`--profile FILE`); anything it leaves out keeps the
 * defaults, which suit news translation (names, numbers and whole sentences
 * matter most; length and punctuation only inform).
 */
import { CHECKS, SEVERITIES, type CheckName, type Severity } from './types.js';

export interface Thresholds {
  /** An unaligned segment counts as omitted or added from this many words (shorter ones are headings, bylines, captions). */
  minGapWords: number;
  /** Untranslated: a target segment in the source language from this many words. */
  minUntranslatedWords: number;
  /** Length: robust z-score (median and MAD of the log length ratio) beyond which a pair is an outlier. */
  lengthZ: number;
  /** Length: and the pair's ratio must differ from the median by at least this factor. */
  lengthFactor: number;
  /** Length: source segments shorter than this (UTF-8 bytes) are not judged. */
  lengthMinBytes: number;
  /** Consistency: segments of fewer words are not compared (headings repeat legitimately). */
  consistencyMinWords: number;
}

export interface CheckSetting {
  enabled: boolean;
  /** Overrides every finding's own severity when set. */
  severity?: Severity;
}

export interface Profile {
  checks: Record<CheckName, CheckSetting>;
  thresholds: Thresholds;
  /** A glossary file (CSV or TBX), relative to the profile file. */
  glossary?: string;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  minGapWords: 5,
  minUntranslatedWords: 4,
  lengthZ: 3.5,
  lengthFactor: 2,
  lengthMinBytes: 30,
  consistencyMinWords: 4,
};

/** The news-translation defaults: every check on, each finding at its own severity. */
export function defaultProfile(): Profile {
  const checks = Object.fromEntries(CHECKS.map((c) => [c, { enabled: true }])) as Record<CheckName, CheckSetting>;
  return { checks, thresholds: { ...DEFAULT_THRESHOLDS } };
}

/** A profile file that cannot be used: one line for the user. */
export class ProfileError extends Error {
  override name = 'ProfileError';
}

const isSeverity = (v: unknown): v is Severity => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);

/**
 * Parses a profile: `{"checks": {"length": false, "numbers": {"severity":
 * "warning"}}, "thresholds": {"lengthZ": 4}, "glossary": "terms.csv"}`.
 * Unknown checks, thresholds and values are errors (a typo must not
 * silently turn a check off).
 */
export function parseProfile(json: string): Profile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new ProfileError(`profile is not valid JSON (${(err as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ProfileError('profile must be a JSON object');
  const profile = defaultProfile();
  const { checks, thresholds, glossary, ...rest } = data as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new ProfileError(`profile has an unknown key ${JSON.stringify(unknown[0])} (checks, thresholds, glossary)`);
  if (checks !== undefined) {
    if (typeof checks !== 'object' || checks === null) throw new ProfileError('profile "checks" must be an object');
    for (const [name, value] of Object.entries(checks)) {
      if (!(CHECKS as readonly string[]).includes(name)) throw new ProfileError(`profile names an unknown check ${JSON.stringify(name)} (${CHECKS.join(', ')})`);
      const setting = profile.checks[name as CheckName];
      if (typeof value === 'boolean') setting.enabled = value;
      else if (typeof value === 'object' && value !== null) {
        const { enabled, severity } = value as { enabled?: unknown; severity?: unknown };
        if (enabled !== undefined && typeof enabled !== 'boolean') throw new ProfileError(`profile check ${name}: "enabled" must be true or false`);
        if (severity !== undefined && !isSeverity(severity)) throw new ProfileError(`profile check ${name}: "severity" must be one of ${SEVERITIES.join(', ')}`);
        if (enabled !== undefined) setting.enabled = enabled;
        if (severity !== undefined) setting.severity = severity;
      } else throw new ProfileError(`profile check ${name} must be true, false or {"enabled", "severity"}`);
    }
  }
  if (thresholds !== undefined) {
    if (typeof thresholds !== 'object' || thresholds === null) throw new ProfileError('profile "thresholds" must be an object');
    for (const [name, value] of Object.entries(thresholds)) {
      if (!(name in DEFAULT_THRESHOLDS)) throw new ProfileError(`profile names an unknown threshold ${JSON.stringify(name)} (${Object.keys(DEFAULT_THRESHOLDS).join(', ')})`);
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ProfileError(`profile threshold ${name} must be a number of 0 or more`);
      profile.thresholds[name as keyof Thresholds] = value;
    }
  }
  if (glossary !== undefined) {
    if (typeof glossary !== 'string' || glossary === '') throw new ProfileError('profile "glossary" must be a file name');
    profile.glossary = glossary;
  }
  return profile;
}
