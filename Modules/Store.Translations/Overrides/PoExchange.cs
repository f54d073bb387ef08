using Microsoft.Extensions.Localization;
using Store.Core.Data;
using Store.Core.Localization;
using Store.Translations.Checks;
using Store.Translations.Files;

namespace Store.Translations.Overrides;

/// <summary>
/// A culture as one PO file, out and in. Export writes every string with what shoppers read now (shipped file
/// plus overrides), its references and fuzzy flags. Import checks the whole file first and reports every
/// error by line; only a file without errors is saved, in one transaction, as overrides of the strings whose
/// translation it changes (untranslated and fuzzy entries are skipped).
/// </summary>
public sealed class PoExchange(TranslationDesk desk, StoreDbContext db, TranslationSync sync, IStringLocalizer<PoExchange> localizer)
{
    public async Task<string> ExportAsync(string culture, CancellationToken cancellationToken)
    {
        var rule = desk.PluralRuleOf(culture);
        var entries = (await desk.RowsAsync(culture, cancellationToken))
            .GroupBy(r => (r.Context, r.Id))
            .Select(g => new PoFileEntry(
                g.Key.Context,
                g.Key.Id,
                g.First().IdPlural,
                g.First().Forms.Count > 0 ? g.First().Forms : [.. Enumerable.Repeat(string.Empty, g.First().IsPlural ? rule.Count : 1)],
                g.First().State == TranslationState.Fuzzy,
                [.. g.SelectMany(r => r.References).Distinct().Order(StringComparer.Ordinal)],
                0))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Context, StringComparer.Ordinal);
        return PoWriter.Write(
            [$"The shop's strings in {culture}: shipped translations and the admin's overrides."],
            [$"Language: {culture}", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", $"Plural-Forms: nplurals={rule.Count}; plural={rule.Expression};"],
            entries);
    }

    /// <summary>Imports <paramref name="text"/>; the errors (with their line) when it has any, and then nothing is saved.</summary>
    public async Task<ImportResult> ImportAsync(string culture, string text, string user, CancellationToken cancellationToken)
    {
        PoDocument document;
        try
        {
            document = PoParser.Parse(text);
        }
        catch (PoParseException ex)
        {
            // The parser's own words (Core) stay in English, inside a sentence in the reader's language.
            return new ImportResult(0, [new CheckProblem(true, string.Empty, ex.LineNumber, localizer["this is not a PO file that can be read ({0})", ex.Message])]);
        }

        var rows = (await desk.RowsAsync(culture, cancellationToken)).GroupBy(r => (r.Context, r.Id)).ToDictionary(g => g.Key, g => g.First());
        var pluralCount = desk.PluralCount(culture);
        var errors = new List<CheckProblem>();
        var changes = new List<(TranslationRow Row, IReadOnlyList<string> Forms)>();
        foreach (var entry in document.AllEntries.Where(e => e.IsTranslated && !e.Fuzzy))
        {
            if (!rows.TryGetValue((entry.Context, entry.Id), out var row))
            {
                errors.Add(new CheckProblem(true, string.Empty, entry.Line, localizer["\"{0}\" is not a string of the shop", entry.Id]));
                continue;
            }

            if (TranslationDesk.Problem(row, entry.Translations, pluralCount, localizer) is { } problem)
            {
                errors.Add(new CheckProblem(true, string.Empty, entry.Line, localizer["\"{0}\": {1}", entry.Id, problem]));
                continue;
            }

            changes.Add((row, entry.Translations));
        }

        if (errors.Count > 0)
        {
            return new ImportResult(0, errors);
        }

        var changed = 0;
        await db.InTransactionAsync(async () =>
        {
            foreach (var (row, forms) in changes)
            {
                changed += await desk.WriteAsync(culture, row, forms, user, "import", cancellationToken) ? 1 : 0;
            }

            return true;
        }, cancellationToken);
        await sync.RefreshAsync(cancellationToken);
        return new ImportResult(changed, []);
    }
}

/// <summary>How many translations an import changed, or why it saved nothing.</summary>
public sealed record ImportResult(int Changed, IReadOnlyList<CheckProblem> Errors);
