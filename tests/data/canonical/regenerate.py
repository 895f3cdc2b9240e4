#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

"""Regenerates the canonical-JSON golden files with the daemon's own recipe.

input/NAME.json      the document as stored (UTF-8 text)
reference/NAME.txt   json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
reference/NAME.sha256  "sha256:" + hex SHA-256 of that text (the artifact_digest form)

Run from this directory: python3 regenerate.py
"""
import hashlib
import json
import os

CASES = {
    # raw non-ASCII in the input: 2-, 3- and 4-byte UTF-8 (the emoji needs a surrogate pair)
    "non-ascii": '{"latin": "caf\u00e9", "cjk": "\u4e2d\u6587", "emoji": "\U0001F600 \U0001D11E", '
                 '"mixed": "a\u00e9\u4e2d\U0001F600z"}',
    # the same characters written as escapes in the input must give the same output
    "non-ascii-escaped": '{"latin": "caf\\u00e9", "cjk": "\\u4e2d\\u6587", '
                         '"emoji": "\\ud83d\\ude00 \\uD834\\uDD1E", "upper": "\\u00C9\\u00FF\\uFFFF"}',
    "control-characters": '{"s": "nl\\n tab\\t bs\\b ff\\f cr\\r soh\\u0001 nul\\u0000 us\\u001f '
                          'del\\u007f rawdel\x7f"}',
    "slash-quote-backslash": '{"slash": "a/b\\/c", "quote": "say \\"hi\\"", '
                             '"backslash": "C:\\\\path\\\\", "apostrophe": "it\'s"}',
    "key-order": '{"b": 1, "a": 2, "B": 3, "A": 4, "ab": 5, "aB": 6, "Ab": 7, "AB": 8, "a b": 9, '
                 '"": 10, "_": 11, "~": 12, "0": 13, "10": 14, "9": 15}',
    "non-ascii-keys": '{"z": 1, "\u00e9": 2, "e": 3, "\u4e2d": 4, "\U0001F600": 5, "\uff61": 6, '
                      '"\uffff": 7, "\u00c9": 8, "E": 9, "\u007f": 10}',
    "nested": '{"z": [{"b": [], "a": {}}, [1, [2, [3, {"y": null, "x": true}]]]], '
              '"a": {"y": {"x": null, "w": [false]}, "b": "c"}, "m": [[], {}, [[]], [{}]]}',
    "integers": '[0, -0, 1, -1, 42, 9007199254740993, 9223372036854775807, -9223372036854775808, '
                '18446744073709551615]',
    "floats": '[1.0, 0.1, -0.0, 0.0, 1e-05, 1E-5, 0.0001, 0.00012345, 1e16, 1E+16, 1e15, 1.5e16, '
              '123456789.123, 5e-324, 1.7976931348623157e308, 2.5e-7, 1e22, 12345678901234567.0, '
              '100000.0, 1e5, -2.5, 3.14159, 0.30000000000000004, 1.0000000000000002, 2e0, '
              '9999999999999998.0, 1.23e-18]',
    # beyond 64 bits Python's int keeps every digit; at the limits, nested, negative,
    # 1000 digits, next to a float that is their nearest double and written as
    # floats (fraction or exponent)
    "big-integers": '{"big": 123456789012345678901234567890, "neg": -123456789012345678901234567890, '
                    '"limits": [18446744073709551615, 18446744073709551616, -9223372036854775808, '
                    '-9223372036854775809, 9223372036854775807, 9223372036854775808], '
                    '"nested": {"a": [[12345678901234567890123], {"b": -98765432109876543210987654321}]}, '
                    '"near": 1.2345678901234568e29, "as_float": 123456789012345678901234567890.0, '
                    '"as_exp": 123456789012345678901234567890e0, '
                    '"thousand": 9' + '1234567890' * 99 + '876543210, "after": [1, 2.5, -3]}',
    "literals": '{"t": true, "f": false, "n": null, "list": [true, false, null]}',
    "empty-object": '{}',
    "empty-array": '[]',
    "empty-containers": '{"o": {}, "a": [], "s": ""}',
    "scalar-string": '"just a string \u00e9"',
    "key-escapes": '{"a\\"b": 1, "\\n": 2, "\\\\": 3, "/": 4, "\u00e9\\t": 5}',
    "whitespace-and-order": '\n  {\n\t"second" :  2 ,\r\n  "first":[ 1 , 2 ]\n}\n  ',
}


def main():
    os.makedirs("input", exist_ok=True)
    os.makedirs("reference", exist_ok=True)
    for name, text in CASES.items():
        with open(os.path.join("input", name + ".json"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        value = json.loads(text)
        canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        with open(os.path.join("reference", name + ".txt"), "w", encoding="ascii", newline="") as f:
            f.write(canonical)
        digest = "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()
        with open(os.path.join("reference", name + ".sha256"), "w", encoding="ascii", newline="") as f:
            f.write(digest)


if __name__ == "__main__":
    main()
