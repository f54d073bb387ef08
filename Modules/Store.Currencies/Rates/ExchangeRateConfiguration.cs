using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Currencies.Rates;

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.ToTable("ExchangeRates");
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.Source).HasMaxLength(10);
        builder.Property(r => r.Rate).HasPrecision(18, 8);
        // One rate per currency and day: entering or importing the same day again replaces it.
        builder.HasIndex(r => new { r.Currency, r.AppliesFrom }).IsUnique();
    }
}
