using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Taxes.Categories;

internal sealed class TaxCategoryConfiguration : IEntityTypeConfiguration<TaxCategory>
{
    public void Configure(EntityTypeBuilder<TaxCategory> builder)
    {
        builder.ToTable("TaxCategories");
        builder.Property(c => c.Code).HasMaxLength(TaxCategory.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(TaxCategory.NameMaxLength);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}
