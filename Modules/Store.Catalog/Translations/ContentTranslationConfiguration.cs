using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Catalog.Products;

namespace Store.Catalog.Translations;

internal sealed class ContentTranslationConfiguration : IEntityTypeConfiguration<ContentTranslation>
{
    public void Configure(EntityTypeBuilder<ContentTranslation> builder)
    {
        builder.ToTable("CatalogContentTranslations");
        builder.Property(t => t.Kind).HasConversion<int>();
        builder.Property(t => t.Culture).HasMaxLength(ContentTranslation.CultureMaxLength).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(Product.NameMaxLength);
        builder.Property(t => t.Description).HasMaxLength(Product.DescriptionMaxLength);
        builder.Property(t => t.SeoTitle).HasMaxLength(Product.SeoTitleMaxLength);
        builder.Property(t => t.SeoDescription).HasMaxLength(Product.SeoDescriptionMaxLength);
        builder.HasIndex(t => new { t.Kind, t.EntityId, t.Culture }).IsUnique();
        // A short map read with its row, never queried inside: a JSON text column on both providers.
        builder.Property(t => t.Choices)
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p.Key.GetHashCode(StringComparison.Ordinal), p.Value.GetHashCode(StringComparison.Ordinal))),
                    v => new Dictionary<string, string>(v)))
            .HasMaxLength(16_000);
    }
}
