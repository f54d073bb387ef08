using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Wishlist.Alerts;

internal sealed class StockAlertConfiguration : IEntityTypeConfiguration<StockAlert>
{
    public void Configure(EntityTypeBuilder<StockAlert> builder)
    {
        builder.ToTable("StockAlerts");
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Culture).HasMaxLength(16);
        builder.Property(a => a.Currency).HasMaxLength(3);
        // Asking twice keeps one alert.
        builder.HasIndex(a => new { a.Email, a.ProductId, a.VariantId, a.Kind }).IsUnique();
        builder.HasIndex(a => a.UserId);
    }
}
