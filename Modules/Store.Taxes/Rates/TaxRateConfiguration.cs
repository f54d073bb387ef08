using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Taxes.Categories;

namespace Store.Taxes.Rates;

internal sealed class TaxRateConfiguration : IEntityTypeConfiguration<TaxRate>
{
    public void Configure(EntityTypeBuilder<TaxRate> builder)
    {
        builder.ToTable("TaxRates");
        builder.Property(r => r.Country).HasMaxLength(2);
        builder.Property(r => r.Region).HasMaxLength(TaxRate.RegionMaxLength);
        builder.Property(r => r.PostalPrefix).HasMaxLength(TaxRate.PostalPrefixMaxLength);
        builder.Property(r => r.Name).HasMaxLength(TaxRate.NameMaxLength);
        builder.Property(r => r.Rate).HasPrecision(7, 4);
        // A category's rates go with it.
        builder.HasOne<TaxCategory>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Country, r.CategoryId });
    }
}
