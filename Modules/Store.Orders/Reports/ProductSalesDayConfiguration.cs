using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Orders.Reports;

internal sealed class ProductSalesDayConfiguration : IEntityTypeConfiguration<ProductSalesDay>
{
    public void Configure(EntityTypeBuilder<ProductSalesDay> builder)
    {
        builder.ToTable("ProductSalesDays");
        builder.HasKey(d => new { d.DayUtc, d.ProductId });
        builder.Property(d => d.Name).HasMaxLength(300);

        // Best sellers sum a range per product: by product first, with every summed column, the sums are read in group
        // order from the index alone (a year at 100,000 orders, SQLite: 70 -> 23 ms CPU; the key made it sort 59,000 rows).
        builder.HasIndex(d => new { d.ProductId, d.DayUtc, d.Units, d.Revenue, d.Name });
    }
}
