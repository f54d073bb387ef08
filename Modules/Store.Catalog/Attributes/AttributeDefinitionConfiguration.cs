using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.Attributes;

internal sealed class AttributeDefinitionConfiguration : IEntityTypeConfiguration<AttributeDefinition>
{
    public void Configure(EntityTypeBuilder<AttributeDefinition> builder)
    {
        builder.ToTable("CatalogAttributes");
        builder.Property(a => a.Name).HasMaxLength(AttributeDefinition.NameMaxLength).IsRequired();
        builder.Property(a => a.Slug).HasMaxLength(Slugs.MaxLength).IsRequired();
        builder.Property(a => a.Type).HasConversion<int>();
        builder.HasIndex(a => a.Slug).IsUnique();
        // A short list read with its attribute, never queried inside: a JSON text column on both providers.
        builder.Property(a => a.Choices)
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<string>>(v, JsonSerializerOptions.Default) ?? new List<string>(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))), v => v.ToList()))
            .HasMaxLength(8_000);
    }
}
