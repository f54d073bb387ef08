using System.Text;

namespace Store.Core.Localization;

/// <summary>
/// Parses gettext PO text into translated entries plus the plural rule from its header.
/// Fuzzy, untranslated and obsolete (<c>#~</c>) entries are left out; malformed input throws
/// <see cref="PoParseException"/> naming the offending line.
/// </summary>
public static class PoParser
{
    /// <summary>Parses the PO text read from <paramref name="reader"/>.</summary>
    public static PoDocument Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses PO <paramref name="text"/>.</summary>
    /// <exception cref="PoParseException">The text is malformed.</exception>
    public static PoDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var state = new PoParserState();
        var lineNumber = 0;
        foreach (var rawLine in text.TrimStart('\uFEFF').AsSpan().EnumerateLines())
        {
            lineNumber++;
            ParseLine(state, rawLine.Trim().ToString(), lineNumber);
        }

        state.Flush();
        return new PoDocument(state.PluralRule ?? PluralRule.Default, state.Entries) { AllEntries = state.AllEntries, HasPluralForms = state.PluralRule is not null };
    }

    private static void ParseLine(PoParserState state, string line, int lineNumber)
    {
        if (line.Length == 0)
        {
            // A blank line ends an entry; an entry still missing its msgstr is reported by Flush.
            state.Flush();
            return;
        }

        if (line[0] == '#')
        {
            // A comment after a msgstr starts the next entry's comment block.
            if (state.HasMsgstr)
            {
                state.Flush();
            }

            if (line.StartsWith("#,", StringComparison.Ordinal) && HasFuzzyFlag(line.AsSpan(2)))
            {
                state.Fuzzy = true;
            }
            else if (line.StartsWith("#:", StringComparison.Ordinal))
            {
                state.References.AddRange(line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            return;
        }

        if (line[0] == '"')
        {
            state.AppendContinuation(ReadQuoted(line, 0, lineNumber), lineNumber);
            return;
        }

        var keywordEnd = 0;
        while (keywordEnd < line.Length && line[keywordEnd] != '"' && !char.IsWhiteSpace(line[keywordEnd]))
        {
            keywordEnd++;
        }

        var keyword = line[..keywordEnd];
        var value = ReadQuoted(line, keywordEnd, lineNumber);
        switch (keyword)
        {
            case "msgctxt":
                state.SetContext(value, lineNumber);
                break;
            case "msgid":
                state.SetId(value, lineNumber);
                break;
            case "msgid_plural":
                state.SetIdPlural(value, lineNumber);
                break;
            case "msgstr":
                state.SetMsgstr(null, value, lineNumber);
                break;
            default:
                if (keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith(']')
                    && int.TryParse(keyword.AsSpan(7, keyword.Length - 8), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    state.SetMsgstr(index, value, lineNumber);
                    break;
                }

                throw new PoParseException(lineNumber, $"unknown keyword '{keyword}'");
        }
    }

    private static bool HasFuzzyFlag(ReadOnlySpan<char> flags)
    {
        foreach (var range in flags.Split(','))
        {
            if (flags[range].Trim().SequenceEqual("fuzzy"))
            {
                return true;
            }
        }

        return false;
    }

    // Reads one C-style quoted string starting at or after `start`; nothing but spaces may follow it.
    private static string ReadQuoted(string line, int start, int lineNumber)
    {
        var i = start;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        if (i >= line.Length || line[i] != '"')
        {
            throw new PoParseException(lineNumber, "expected a quoted string");
        }

        var builder = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= line.Length)
            {
                throw new PoParseException(lineNumber, "unterminated string");
            }

            var c = line[i++];
            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (i >= line.Length)
            {
                throw new PoParseException(lineNumber, "unterminated escape sequence");
            }

            i = ReadEscape(line, i, builder, lineNumber);
        }

        if (line.AsSpan(i).Trim().Length != 0)
        {
            throw new PoParseException(lineNumber, "unexpected text after string");
        }

        return builder.ToString();
    }

    // Handles the character(s) after a backslash; returns the index after the escape.
    private static int ReadEscape(string line, int i, StringBuilder builder, int lineNumber)
    {
        var c = line[i++];
        switch (c)
        {
            case 'n': builder.Append('\n'); return i;
            case 't': builder.Append('\t'); return i;
            case 'r': builder.Append('\r'); return i;
            case 'a': builder.Append('\a'); return i;
            case 'b': builder.Append('\b'); return i;
            case 'f': builder.Append('\f'); return i;
            case 'v': builder.Append('\v'); return i;
            case '"' or '\\' or '\'' or '?': builder.Append(c); return i;
            case >= '0' and <= '7':
                {
                    // Up to three octal digits, as in C.
                    var value = c - '0';
                    for (var k = 0; k < 2 && i < line.Length && line[i] is >= '0' and <= '7'; k++)
                    {
                        value = (value * 8) + (line[i++] - '0');
                    }

                    builder.Append((char)value);
                    return i;
                }

            case 'x':
                {
                    var digitsStart = i;
                    while (i < line.Length && char.IsAsciiHexDigit(line[i]) && i - digitsStart < 4)
                    {
                        i++;
                    }

                    if (i == digitsStart)
                    {
                        throw new PoParseException(lineNumber, "\\x escape without hex digits");
                    }

                    builder.Append((char)Convert.ToInt32(line[digitsStart..i], 16));
                    return i;
                }

            default:
                throw new PoParseException(lineNumber, $"unknown escape sequence '\\{c}'");
        }
    }
}
