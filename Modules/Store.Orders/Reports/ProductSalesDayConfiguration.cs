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
    }
}
