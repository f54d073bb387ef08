using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.Products;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.TaxCategory).HasMaxLength(40);
        builder.ToTable("CatalogProducts");
        builder.Property(p => p.Name).HasMaxLength(Product.NameMaxLength).IsRequired();
        builder.Property(p => p.SearchName).HasMaxLength(Product.NameMaxLength).IsRequired();
        builder.Property(p => p.Slug).HasMaxLength(Slugs.MaxLength).IsRequired();
        builder.Property(p => p.DescriptionMarkdown).HasMaxLength(Product.DescriptionMaxLength);
        builder.Property(p => p.SeoTitle).HasMaxLength(Product.SeoTitleMaxLength);
        builder.Property(p => p.SeoDescription).HasMaxLength(Product.SeoDescriptionMaxLength);
        builder.Property(p => p.Status).HasConversion<int>();

        builder.HasIndex(p => p.Slug).IsUnique();
        // The list's sort orders, each led by the status filter and ending with the id tie-break.
        builder.HasIndex(p => new { p.Status, p.SearchName, p.Id });
        builder.HasIndex(p => new { p.Status, p.CreatedUtc, p.Id });

        builder.HasMany(p => p.Images).WithOne().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Categories).WithOne().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.AttributeValues).WithOne().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
