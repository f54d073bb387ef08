using Microsoft.EntityFrameworkCore;
using Store.Catalog.Variants;
using Store.Core.Data;

namespace Store.Catalog.Translations;

/// <summary>
/// Product options' names and values in one culture: one indexed read of the options' rows, then each lookup falls
/// back to the default culture's text, field by field. Options belong to one product each, so unlike attributes they
/// are not kept in memory: the product page, the product API and the cart read them with what they show.
/// </summary>
internal sealed class OptionTranslations
{
    private static readonly OptionTranslations None = new([]);

    private readonly Dictionary<int, ContentTranslation> _rows;

    private OptionTranslations(List<ContentTranslation> rows) => _rows = rows.ToDictionary(r => r.EntityId);

    /// <summary>The translations of <paramref name="optionIds"/> into <paramref name="culture"/> (null: the default culture, no read).</summary>
    public static async Task<OptionTranslations> LoadAsync(StoreDbContext db, string? culture, IEnumerable<int> optionIds, CancellationToken cancellationToken)
    {
        var ids = optionIds.Where(id => id > 0).Distinct().ToList();
        if (culture is null || ids.Count == 0)
        {
            return None;
        }

        return new(await db.Set<ContentTranslation>().AsNoTracking()
            .Where(t => t.Kind == ContentKind.Option && t.Culture == culture && ids.Contains(t.EntityId))
            .ToListAsync(cancellationToken));
    }

    public string Name(int optionId, string name) => Text(_rows.GetValueOrDefault(optionId)?.Name, name);

    public string Value(int optionId, string value) => Text(_rows.GetValueOrDefault(optionId)?.Choices.GetValueOrDefault(value), value);

    /// <summary>The option with its shown name and values in this culture.</summary>
    public ProductOptionDetails Apply(ProductOptionDetails option) => option with
    {
        ShownName = Name(option.Id, option.Name),
        ShownValues = [.. option.Values.Select(v => Value(option.Id, v))],
    };

    private static string Text(string? translated, string fallback) => string.IsNullOrWhiteSpace(translated) ? fallback : translated;
}
