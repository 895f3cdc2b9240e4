#!/usr/bin/env python3
"""Writes rich-artifact.evidence.json: an envelope sealed with the daemon's recipe
(artifact_digest over the canonical JSON, evidence_id derived from
{artifact_digest, evidence_type, subject, writer}) whose artifact holds every
JSON type, so that tst_evidence can mutate bools, numbers and nested leaves too.

Run from this directory: python3 regenerate.py
"""
import hashlib
import json


def canonical(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


ARTIFACT = {
    "schema": "sourceos.conflict-resolution/v1alpha1",
    "conflict_id": "conflict:alpha-001",
    "decision": "fork",
    "note": "caf\u00e9 \u4e2d\u6587 \U0001F600 \"quoted\" back\\slash/slash",
    "applied": True,
    "reviewed": False,
    "attempt": 3,
    "negative": -7,
    "ratio": 0.25,
    "tiny": 1e-05,
    "huge": 1e16,
    "whole": 2.0,
    "missing": None,
    "tags": ["merge", "fork", "skip"],
    "matrix": [[1, 2], [3, [4, True]], []],
    "nested": {"z": {"deep": {"value": "x", "flag": False}}, "a": [{"k": None}, {}]},
    "Key": "upper",
    "key": "lower",
}

ENVELOPE_HEAD = {
    "schema": "sourceos.lampstand-evidence/v1alpha1",
    "generated_at": "2026-05-05T00:11:00Z",
    "writer": "sourceos-syncdesk",
    "evidence_type": "conflict-resolution",
    "subject": "conflict:alpha-001",
}


def main():
    digest = "sha256:" + hashlib.sha256(canonical(ARTIFACT).encode()).hexdigest()
    basis = {
        "artifact_digest": digest,
        "evidence_type": ENVELOPE_HEAD["evidence_type"],
        "subject": ENVELOPE_HEAD["subject"],
        "writer": ENVELOPE_HEAD["writer"],
    }
    evidence_id = "evidence-" + hashlib.sha256(canonical(basis).encode()).hexdigest()[:20]
    envelope = {
        "schema": ENVELOPE_HEAD["schema"],
        "evidence_id": evidence_id,
        "generated_at": ENVELOPE_HEAD["generated_at"],
        "writer": ENVELOPE_HEAD["writer"],
        "evidence_type": ENVELOPE_HEAD["evidence_type"],
        "subject": ENVELOPE_HEAD["subject"],
        "artifact_digest": digest,
        "artifact": ARTIFACT,
        "attestation": {"signed": False, "signature": None, "reason": "local-unsigned"},
    }
    with open("rich-artifact.evidence.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(envelope, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
