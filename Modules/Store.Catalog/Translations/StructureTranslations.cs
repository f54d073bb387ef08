using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Catalog.Translations;

/// <summary>
/// Every category's and attribute's translations, in every culture: a few hundred rows at most, read in one query
/// and kept with the category tree until the catalog changes (<see cref="CatalogCache.StructureTranslationsAsync"/>).
/// Each lookup falls back to the default culture's text, field by field.
/// </summary>
internal sealed class StructureTranslations
{
    private readonly Dictionary<(ContentKind Kind, int Id, string Culture), ContentTranslation> _rows;

    private StructureTranslations(IEnumerable<ContentTranslation> rows) =>
        _rows = rows.ToDictionary(r => (r.Kind, r.EntityId, r.Culture));

    public static async Task<StructureTranslations> LoadAsync(StoreDbContext db, CancellationToken cancellationToken) =>
        new(await db.Set<ContentTranslation>().AsNoTracking()
            .Where(t => t.Kind == ContentKind.Category || t.Kind == ContentKind.Attribute)
            .ToListAsync(cancellationToken));

    public ContentTranslation? Of(ContentKind kind, int id, string? culture) =>
        culture is null ? null : _rows.GetValueOrDefault((kind, id, culture));

    public string CategoryName(int id, string? culture, string name) => Text(Of(ContentKind.Category, id, culture)?.Name, name);

    public string CategoryDescription(int id, string? culture, string description) => Text(Of(ContentKind.Category, id, culture)?.Description, description);

    public string AttributeName(int id, string? culture, string name) => Text(Of(ContentKind.Attribute, id, culture)?.Name, name);

    /// <summary>A choice value as shoppers of <paramref name="culture"/> read it; filters keep the default value in the address.</summary>
    public string Choice(int attributeId, string? culture, string value) =>
        Of(ContentKind.Attribute, attributeId, culture)?.Choices.GetValueOrDefault(value) is { Length: > 0 } translated ? translated : value;

    private static string Text(string? translated, string fallback) => string.IsNullOrWhiteSpace(translated) ? fallback : translated;
}
