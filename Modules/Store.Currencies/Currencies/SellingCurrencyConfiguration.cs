using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Currencies.Currencies;

internal sealed class SellingCurrencyConfiguration : IEntityTypeConfiguration<SellingCurrency>
{
    public void Configure(EntityTypeBuilder<SellingCurrency> builder)
    {
        builder.ToTable("Currencies");
        builder.Property(c => c.Code).HasMaxLength(3);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}
