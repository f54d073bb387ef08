using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Store.Core.Data;
using Store.Core.Localization;
using Store.Translations.Checks;
using Store.Translations.Files;

namespace Store.Translations.Overrides;

/// <summary>
/// The translators' work, the same for the admin pages and the API: coverage, the list of strings, saving one
/// translation, and the history. Saving writes the override and its <see cref="TranslationChange"/> in one
/// transaction, then applies it on this node at once (other nodes follow through <see cref="TranslationSync"/>).
/// </summary>
public sealed class TranslationDesk(StoreDbContext db, ShippedStrings shipped, TranslationSync sync, IOptions<RequestLocalizationOptions> localization, TimeProvider time, IStringLocalizer<TranslationDesk> localizer)
{
    public const int PageSize = 50;

    /// <summary>
    /// The cultures translators work on: every configured one but the default, whose text is the source, and the
    /// pseudo-locales, which are made from the source at run time.
    /// </summary>
    public IReadOnlyList<string> Cultures =>
        [.. (localization.Value.SupportedUICultures ?? []).Select(c => c.Name).Where(n => n != localization.Value.DefaultRequestCulture.UICulture.Name && !PseudoLocales.IsPseudo(n))];

    /// <summary>The culture the admin opens on when none is asked for.</summary>
    public string? FirstCulture => Cultures is [var first, ..] ? first : null;

    public bool IsCulture(string? culture) => culture is not null && Cultures.Contains(culture, StringComparer.Ordinal);

    public PluralRule PluralRuleOf(string culture) => shipped.Culture(culture).PluralRule;

    public int PluralCount(string culture) => PluralRuleOf(culture).Count;

    public async Task<IReadOnlyList<TranslationRow>> RowsAsync(string culture, CancellationToken cancellationToken) =>
        TranslationTable.Build(shipped, culture, await db.Set<TranslationOverride>().AsNoTracking().Where(o => o.Culture == culture).ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<ModuleCoverage>> CoverageAsync(string culture, CancellationToken cancellationToken) =>
        [.. (await RowsAsync(culture, cancellationToken))
            .GroupBy(r => r.Module)
            .Select(g => new ModuleCoverage(g.Key, g.Count(), g.Count(r => r.State == TranslationState.Translated), g.Count(r => r.State == TranslationState.Fuzzy)))];

    /// <summary>The rows of <paramref name="module"/> (null: all) in <paramref name="state"/> (null: any), sorted by source text.</summary>
    public async Task<IReadOnlyList<TranslationRow>> ListAsync(string culture, string? module, TranslationState? state, CancellationToken cancellationToken) =>
        [.. (await RowsAsync(culture, cancellationToken))
            .Where(r => module is null || r.Module == module)
            .Where(r => state is null || r.State == state)
            .OrderBy(r => r.Id, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Context, StringComparer.Ordinal)];

    public async Task<TranslationRow?> FindAsync(string culture, string? context, string id, CancellationToken cancellationToken) =>
        (await RowsAsync(culture, cancellationToken)).FirstOrDefault(r => r.Context == Normalize(context) && r.Id == id);

    /// <summary>
    /// Saves <paramref name="forms"/> as the translation of (<paramref name="context"/>, <paramref name="id"/>); all
    /// forms empty removes the override, so shoppers read the shipped file again.
    /// </summary>
    public async Task<EditResult<TranslationRow>> SaveAsync(string culture, string? context, string id, IReadOnlyList<string> forms, string user, string source, CancellationToken cancellationToken)
    {
        if (!IsCulture(culture) || await FindAsync(culture, context, id, cancellationToken) is not { } row)
        {
            return EditResult.Missing<TranslationRow>();
        }

        var cleaned = forms.Select(f => f ?? string.Empty).ToList();
        if (Problem(row, cleaned, PluralCount(culture), localizer) is { } problem)
        {
            return EditResult.Invalid<TranslationRow>("Forms", problem);
        }

        await db.InTransactionAsync(async () =>
        {
            await WriteAsync(culture, row, cleaned, user, source, cancellationToken);
            return true;
        }, cancellationToken);
        await sync.RefreshAsync(cancellationToken);
        return EditResult.Saved((await FindAsync(culture, context, id, cancellationToken))!);
    }

    /// <summary>Why <paramref name="forms"/> cannot be saved for <paramref name="row"/> (in <paramref name="localizer"/>'s language), or null.</summary>
    internal static string? Problem(TranslationRow row, IReadOnlyList<string> forms, int pluralCount, IStringLocalizer localizer)
    {
        if (forms.All(f => f.Length == 0))
        {
            return null;
        }

        var expected = row.IsPlural ? pluralCount : 1;
        if (forms.Count != expected || forms.Any(f => f.Length == 0))
        {
            return row.IsPlural ? localizer["Enter all {0} plural forms.", expected] : localizer["Enter one translation."];
        }

        var entry = new PoFileEntry(row.Context, row.Id, row.IdPlural, forms, false, [], 0);
        return PoChecker.EntryProblems(string.Empty, entry, pluralCount, localizer).Select(p => p.Message).FirstOrDefault();
    }

    /// <summary>Writes one change (override and history row) without saving the transaction; nothing when unchanged.</summary>
    internal async Task<bool> WriteAsync(string culture, TranslationRow row, IReadOnlyList<string> forms, string user, string source, CancellationToken cancellationToken)
    {
        var context = row.Context ?? string.Empty;
        var saved = await db.Set<TranslationOverride>().FirstOrDefaultAsync(o => o.Culture == culture && o.Context == context && o.MsgId == row.Id, cancellationToken);
        var remove = forms.All(f => f.Length == 0);
        if (remove ? saved is null : row.Forms.SequenceEqual(forms))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (remove)
        {
            db.Remove(saved!);
        }
        else if (saved is null)
        {
            db.Add(new TranslationOverride { Culture = culture, Context = context, MsgId = row.Id, MsgIdPlural = row.IdPlural, Forms = [.. forms], ChangedBy = user, ChangedUtc = now });
        }
        else
        {
            saved.Forms = [.. forms];
            saved.ChangedBy = user;
            saved.ChangedUtc = now;
        }

        db.Add(new TranslationChange { Culture = culture, Context = context, MsgId = row.Id, Before = string.Join('\n', row.Forms), After = string.Join('\n', forms), Source = source, ChangedBy = user, ChangedUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<TranslationChange>> HistoryAsync(string culture, int page, CancellationToken cancellationToken) =>
        await db.Set<TranslationChange>().AsNoTracking()
            .Where(c => c.Culture == culture)
            .OrderByDescending(c => c.Id)
            .Skip(Math.Max(0, page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);

    internal static string? Normalize(string? context) => string.IsNullOrEmpty(context) ? null : context;
}
