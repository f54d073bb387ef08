using System.Text;

namespace Store.Core.Localization;

/// <summary>
/// The entry being assembled by <see cref="PoParser"/>, plus everything collected so far.
/// Kept separate so the parser itself stays a thin line dispatcher.
/// </summary>
internal sealed class PoParserState
{
    private enum Field
    {
        None,
        Context,
        Id,
        IdPlural,
        Msgstr,
    }

    private readonly SortedDictionary<int, StringBuilder> _msgstr = [];
    private StringBuilder? _context;
    private StringBuilder? _id;
    private StringBuilder? _idPlural;
    private bool _pluralMsgstr;
    private Field _last;
    private int _lastMsgstrIndex;
    private int _entryLine;
    private bool _headerSeen;

    public List<PoEntry> Entries { get; } = [];

    public List<PoFileEntry> AllEntries { get; } = [];

    /// <summary>The <c>#:</c> references of the pending entry.</summary>
    public List<string> References { get; } = [];

    public PluralRule? PluralRule { get; private set; }

    public bool Fuzzy { get; set; }

    public bool HasMsgstr => _msgstr.Count > 0;

    public void SetContext(string value, int line)
    {
        if (HasMsgstr)
        {
            Flush();
        }

        if (_context is not null || _id is not null)
        {
            throw new PoParseException(line, "unexpected msgctxt");
        }

        _entryLine = line;
        _context = new StringBuilder(value);
        _last = Field.Context;
    }

    public void SetId(string value, int line)
    {
        if (HasMsgstr)
        {
            Flush();
        }

        if (_id is not null)
        {
            throw new PoParseException(line, "expected msgstr before this msgid");
        }

        if (_context is null)
        {
            _entryLine = line;
        }

        _id = new StringBuilder(value);
        _last = Field.Id;
    }

    public void SetIdPlural(string value, int line)
    {
        if (_id is null || _idPlural is not null || HasMsgstr)
        {
            throw new PoParseException(line, "unexpected msgid_plural");
        }

        _idPlural = new StringBuilder(value);
        _last = Field.IdPlural;
    }

    public void SetMsgstr(int? index, string value, int line)
    {
        if (_id is null)
        {
            throw new PoParseException(line, "msgstr without msgid");
        }

        var plural = index is not null;
        if (plural != (_idPlural is not null))
        {
            throw new PoParseException(line, plural ? "msgstr[n] without msgid_plural" : "plural entry needs msgstr[n]");
        }

        if (HasMsgstr && !plural)
        {
            throw new PoParseException(line, "duplicate msgstr");
        }

        var key = index ?? 0;
        if (!_msgstr.TryAdd(key, new StringBuilder(value)))
        {
            throw new PoParseException(line, $"duplicate msgstr[{key}]");
        }

        _pluralMsgstr = plural;
        _last = Field.Msgstr;
        _lastMsgstrIndex = key;
    }

    public void AppendContinuation(string value, int line)
    {
        var target = _last switch
        {
            Field.Context => _context,
            Field.Id => _id,
            Field.IdPlural => _idPlural,
            Field.Msgstr => _msgstr[_lastMsgstrIndex],
            _ => null,
        } ?? throw new PoParseException(line, "string continuation without a keyword");
        target.Append(value);
    }

    // Completes the pending entry; errors name the line where the entry started.
    public void Flush()
    {
        if (_id is null)
        {
            if (_context is not null)
            {
                throw new PoParseException(_entryLine, "msgctxt without msgid");
            }

            // Only comments so far: a fuzzy flag and references still apply to the entry that follows them.
            return;
        }

        if (!HasMsgstr)
        {
            throw new PoParseException(_entryLine, "msgid without msgstr");
        }

        var context = _context?.ToString();
        var id = _id.ToString();
        if (id.Length == 0 && context is null)
        {
            // The header is read even when flagged fuzzy: templates are often marked so.
            ReadHeader(_msgstr[0].ToString());
        }
        else
        {
            AddEntry(context, id);
        }

        _context = null;
        _id = null;
        _idPlural = null;
        _msgstr.Clear();
        _pluralMsgstr = false;
        _last = Field.None;
        Fuzzy = false;
        References.Clear();
    }

    private void AddEntry(string? context, string id)
    {
        // A form never given stays empty, so the entry counts as untranslated.
        var forms = Enumerable.Repeat(string.Empty, _pluralMsgstr ? _msgstr.Keys.Max() + 1 : 1).ToArray();
        foreach (var (index, value) in _msgstr)
        {
            forms[index] = value.ToString();
        }

        context = string.IsNullOrEmpty(context) ? null : context;
        AllEntries.Add(new PoFileEntry(context, id, _idPlural?.ToString(), forms, Fuzzy, [.. References], _entryLine));

        // Untranslated (or partly translated) and fuzzy entries fall through to the next culture.
        if (Fuzzy || forms.Any(string.IsNullOrEmpty))
        {
            return;
        }

        Entries.Add(new PoEntry(context, id, _idPlural?.ToString(), forms));
    }

    private void ReadHeader(string header)
    {
        if (_headerSeen)
        {
            throw new PoParseException(_entryLine, "duplicate header entry");
        }

        _headerSeen = true;
        foreach (var headerLine in header.Split('\n'))
        {
            var colon = headerLine.IndexOf(':');
            if (colon > 0 && headerLine.AsSpan(0, colon).Trim().Equals("Plural-Forms", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    PluralRule = PluralRule.Parse(headerLine[(colon + 1)..]);
                }
                catch (FormatException ex)
                {
                    throw new PoParseException(_entryLine, ex.Message, ex);
                }
            }
        }
    }
}
