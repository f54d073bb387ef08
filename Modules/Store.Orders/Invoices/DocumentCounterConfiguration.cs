using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Orders.Invoices;

internal sealed class DocumentCounterConfiguration : IEntityTypeConfiguration<DocumentCounter>
{
    public void Configure(EntityTypeBuilder<DocumentCounter> builder)
    {
        builder.ToTable("DocumentCounters");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasKey(c => new { c.Kind, c.Year });
    }
}
