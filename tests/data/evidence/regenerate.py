#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

"""Writes envelopes sealed with the daemon's recipe (artifact_digest over the
canonical JSON, evidence_id derived from {artifact_digest, evidence_type,
subject, writer}):

rich-artifact.evidence.json   an artifact holding every JSON type, so that
                              tst_evidence can mutate bools, numbers and nested leaves too
big-integer.evidence.json     integers beyond 64 bits (Python's int is unbounded and
                              json writes every digit), at the 64-bit limits, nested,
                              and one of 1000 digits

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

# Integers beyond 64 bits next to the 64-bit limits; changing the last digit of
# "counter" leaves its nearest double unchanged, so only an exact reader sees it.
BIG_ARTIFACT = {
    "schema": "sourceos.conflict-resolution/v1alpha1",
    "conflict_id": "conflict:alpha-002",
    "counter": 123456789012345678901234567890,
    "negative": -123456789012345678901234567890,
    "limits": [
        18446744073709551615,
        18446744073709551616,
        9223372036854775807,
        9223372036854775808,
        -9223372036854775808,
        -9223372036854775809,
    ],
    "nested": {"deep": [[12345678901234567890123, {"n": -98765432109876543210987654321}]]},
    "thousand_digits": int("9" + "1234567890" * 99 + "876543210"),
    "near_double": 1.2345678901234568e29,
    "small": 7,
}

ENVELOPE_HEAD = {
    "schema": "sourceos.lampstand-evidence/v1alpha1",
    "generated_at": "2026-05-05T00:11:00Z",
    "writer": "sourceos-syncdesk",
    "evidence_type": "conflict-resolution",
    "subject": "conflict:alpha-001",  # of the rich artifact
}


def write(path, artifact, subject):
    digest = "sha256:" + hashlib.sha256(canonical(artifact).encode()).hexdigest()
    basis = {
        "artifact_digest": digest,
        "evidence_type": ENVELOPE_HEAD["evidence_type"],
        "subject": subject,
        "writer": ENVELOPE_HEAD["writer"],
    }
    evidence_id = "evidence-" + hashlib.sha256(canonical(basis).encode()).hexdigest()[:20]
    envelope = {
        "schema": ENVELOPE_HEAD["schema"],
        "evidence_id": evidence_id,
        "generated_at": ENVELOPE_HEAD["generated_at"],
        "writer": ENVELOPE_HEAD["writer"],
        "evidence_type": ENVELOPE_HEAD["evidence_type"],
        "subject": subject,
        "artifact_digest": digest,
        "artifact": artifact,
        "attestation": {"signed": False, "signature": None, "reason": "local-unsigned"},
    }
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(envelope, f, indent=2, ensure_ascii=False)
        f.write("\n")


def main():
    write("rich-artifact.evidence.json", ARTIFACT, ENVELOPE_HEAD["subject"])
    write("big-integer.evidence.json", BIG_ARTIFACT, BIG_ARTIFACT["conflict_id"])


if __name__ == "__main__":
    main()
