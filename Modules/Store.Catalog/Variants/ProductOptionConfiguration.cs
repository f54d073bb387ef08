using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.Variants;

internal sealed class ProductOptionConfiguration : IEntityTypeConfiguration<ProductOption>
{
    public void Configure(EntityTypeBuilder<ProductOption> builder)
    {
        builder.ToTable("CatalogProductOptions");
        builder.Property(o => o.Name).HasMaxLength(ProductOption.NameMaxLength).IsRequired();
        builder.PrimitiveCollection(o => o.Values).IsRequired();
        builder.HasIndex(o => new { o.ProductId, o.Position }).IsUnique();
    }
}
