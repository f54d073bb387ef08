using Microsoft.Extensions.Localization;
using Store.Core.Localization;

namespace Store.Translations.Checks;

/// <summary>
/// Checks one culture's PO text against its template: coverage, missing (absent, empty or fuzzy) and obsolete
/// entries (warnings), and as errors a file that does not parse, placeholders or markup that differ from the
/// source, and plural entries whose number of forms is not the <c>Plural-Forms</c> header's.
/// </summary>
internal static class PoChecker
{
    public static PoCheckResult Check(string file, string poText, IReadOnlyList<PoFileEntry> template)
    {
        PoDocument document;
        try
        {
            document = PoParser.Parse(poText);
        }
        catch (PoParseException ex)
        {
            return new PoCheckResult(template.Count, 0, 0, [.. template.Select(Key)], [], [new CheckProblem(true, file, ex.LineNumber, ex.Message)]);
        }

        var problems = new List<CheckProblem>();
        var entries = document.AllEntries.GroupBy(e => (e.Context, e.Id)).ToDictionary(g => g.Key, g => g.First());
        foreach (var duplicate in document.AllEntries.GroupBy(e => (e.Context, e.Id)).Where(g => g.Count() > 1))
        {
            problems.Add(new CheckProblem(true, file, duplicate.Last().Line, $"duplicate entry \"{duplicate.Key.Id}\""));
        }

        if (!document.HasPluralForms && document.AllEntries.Any(e => e.IdPlural is not null))
        {
            problems.Add(new CheckProblem(true, file, 1, "plural entries but no Plural-Forms header"));
        }

        foreach (var entry in document.AllEntries.Where(e => e.IsTranslated))
        {
            problems.AddRange(EntryProblems(file, entry, document.PluralRule.Count, SourceLocalizer.Instance));
        }

        var templateKeys = template.Select(e => (e.Context, e.Id)).ToHashSet();
        var missing = template.Where(t => !entries.TryGetValue((t.Context, t.Id), out var e) || !e.IsTranslated || e.Fuzzy).Select(Key).ToList();
        var obsolete = document.AllEntries.Where(e => !templateKeys.Contains((e.Context, e.Id))).ToList();
        problems.AddRange(obsolete.Select(e => new CheckProblem(false, file, e.Line, $"obsolete: \"{e.Id}\" is not in the template")));
        var fuzzy = template.Count(t => entries.TryGetValue((t.Context, t.Id), out var e) && e.Fuzzy);
        return new PoCheckResult(template.Count, template.Count - missing.Count, fuzzy, missing, [.. obsolete.Select(Key)], problems);
    }

    /// <summary>The problems of one translated entry under a culture with <paramref name="pluralCount"/> forms, in <paramref name="localizer"/>'s language.</summary>
    public static IEnumerable<CheckProblem> EntryProblems(string file, PoFileEntry entry, int pluralCount, IStringLocalizer localizer)
    {
        if (entry.IdPlural is not null && entry.Translations.Count != pluralCount)
        {
            yield return new CheckProblem(true, file, entry.Line, localizer["\"{0}\" has {1} plural forms, the Plural-Forms header says {2}", entry.Id, entry.Translations.Count, pluralCount]);
        }

        for (var i = 0; i < entry.Translations.Count; i++)
        {
            var source = entry.IdPlural is not null && i > 0 ? entry.IdPlural : entry.Id;
            if (TranslationRules.Problem(source, entry.Translations[i], entry.IdPlural is not null, localizer) is { } problem)
            {
                yield return new CheckProblem(true, file, entry.Line, localizer["\"{0}\": {1}", entry.Id, problem]);
            }
        }
    }

    private static string Key(PoFileEntry entry) => entry.Context is null ? entry.Id : $"{entry.Context}|{entry.Id}";
}
