using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.Attributes;

internal sealed class ProductAttributeValueConfiguration : IEntityTypeConfiguration<ProductAttributeValue>
{
    public void Configure(EntityTypeBuilder<ProductAttributeValue> builder)
    {
        builder.ToTable("CatalogProductAttributeValues");
        builder.HasKey(v => new { v.ProductId, v.AttributeId });
        builder.Property(v => v.Value).HasMaxLength(ProductAttributeValue.ValueMaxLength).IsRequired();
        // Filters look up (attribute, value) pairs; counts group by them.
        builder.HasIndex(v => new { v.AttributeId, v.Value, v.ProductId });
        builder.HasOne(v => v.Attribute).WithMany().HasForeignKey(v => v.AttributeId).OnDelete(DeleteBehavior.Cascade);
    }
}
