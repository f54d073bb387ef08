using Store.Core.Localization;
using Store.Translations.Files;

namespace Store.Translations.Overrides;

/// <summary>
/// Every string of every module for one culture with what shoppers read now: an override if there is one, else the
/// shipped translation merged as the localizer merges files (later modules win), fuzzy or missing otherwise.
/// Strings a PO file translates that no template lists (texts the code picks at run time) are listed under the
/// file's module, without references.
/// </summary>
internal static class TranslationTable
{
    public static IReadOnlyList<TranslationRow> Build(ShippedStrings shipped, string culture, IReadOnlyList<TranslationOverride> overrides)
    {
        var files = shipped.Culture(culture);
        var merged = new Dictionary<(string?, string), PoFileEntry>();
        foreach (var module in shipped.Modules.Select(m => m.Name).Concat(files.ByModule.Keys).Distinct())
        {
            foreach (var entry in files.ByModule.GetValueOrDefault(module, []))
            {
                // A translated entry beats a fuzzy or empty one, whichever file comes later.
                if (entry.IsTranslated && !entry.Fuzzy || !merged.ContainsKey((entry.Context, entry.Id)))
                {
                    merged[(entry.Context, entry.Id)] = entry;
                }
            }
        }

        var byKey = overrides.ToDictionary(o => (Context: o.Context.Length == 0 ? null : o.Context, o.MsgId));
        var rows = new List<TranslationRow>();
        var listed = new HashSet<(string?, string)>();
        foreach (var module in shipped.Modules)
        {
            foreach (var source in module.Strings)
            {
                listed.Add((source.Context, source.Id));
                rows.Add(Row(module.Name, source, merged.GetValueOrDefault((source.Context, source.Id)), byKey.GetValueOrDefault((source.Context, source.Id))));
            }
        }

        foreach (var (module, entries) in files.ByModule)
        {
            foreach (var entry in entries.Where(e => listed.Add((e.Context, e.Id))))
            {
                rows.Add(Row(module, entry with { References = [] }, merged.GetValueOrDefault((entry.Context, entry.Id)), byKey.GetValueOrDefault((entry.Context, entry.Id))));
            }
        }

        return rows;
    }

    private static TranslationRow Row(string module, PoFileEntry source, PoFileEntry? file, TranslationOverride? saved)
    {
        if (saved is not null)
        {
            return new TranslationRow(module, source.Context, source.Id, source.IdPlural, source.References, saved.Forms, TranslationState.Translated, true);
        }

        var state = file is null || !file.IsTranslated ? TranslationState.Missing : file.Fuzzy ? TranslationState.Fuzzy : TranslationState.Translated;
        return new TranslationRow(module, source.Context, source.Id, source.IdPlural, source.References, file?.Translations ?? [], state, false);
    }
}
