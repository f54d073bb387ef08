using Microsoft.EntityFrameworkCore;
using Store.Catalog.Variants;
using Store.Core.Data;

namespace Store.Catalog.Translations;

/// <summary>
/// Option names and values as one culture reads them in the lists' filters, where one filter ("Colour") stands for the
/// option of that name on every product: each word takes the translation most products gave it. Built from every
/// option translation of the culture and kept by <see cref="CatalogCache"/> until the catalog changes (saving a
/// translation is a change), so a list reads none per request.
/// </summary>
internal sealed class OptionWords
{
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<(string Option, string Value), string> _values;

    private OptionWords(Dictionary<string, string> names, Dictionary<(string, string), string> values) => (_names, _values) = (names, values);

    public static async Task<OptionWords> LoadAsync(StoreDbContext db, string culture, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ContentTranslation>().AsNoTracking()
            .Where(t => t.Kind == ContentKind.Option && t.Culture == culture)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.EntityId).ToList();
        var optionNames = ids.Count == 0
            ? []
            : await db.Set<ProductOption>().AsNoTracking().Where(o => ids.Contains(o.Id))
                .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var named = rows.Where(r => optionNames.ContainsKey(r.EntityId)).Select(r => (Option: optionNames[r.EntityId], Row: r)).ToList();
        var names = MostGiven(named.Where(n => !string.IsNullOrWhiteSpace(n.Row.Name)).Select(n => (n.Option, n.Row.Name!)));
        var values = MostGiven(named.SelectMany(n => n.Row.Choices.Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => ((n.Option, c.Key), c.Value))));
        return new OptionWords(names, values);
    }

    public string Name(string option) => _names.GetValueOrDefault(option) ?? option;

    public string Value(string option, string value) => _values.GetValueOrDefault((option, value)) ?? value;

    private static Dictionary<TKey, string> MostGiven<TKey>(IEnumerable<(TKey Key, string Text)> given)
        where TKey : notnull =>
        given.GroupBy(g => g.Key).ToDictionary(
            g => g.Key,
            g => g.GroupBy(x => x.Text, StringComparer.Ordinal).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key);
}
