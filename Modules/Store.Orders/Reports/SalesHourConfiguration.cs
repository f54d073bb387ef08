using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Orders.Reports;

internal sealed class SalesHourConfiguration : IEntityTypeConfiguration<SalesHour>
{
    public void Configure(EntityTypeBuilder<SalesHour> builder)
    {
        builder.ToTable("SalesHours");
        builder.HasKey(h => new { h.HourUtc, h.Status });
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
    }
}
