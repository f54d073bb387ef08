using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Promotions.Sales;

internal sealed class PromotionConfiguration : IEntityTypeConfiguration<Promotion>
{
    public void Configure(EntityTypeBuilder<Promotion> builder)
    {
        builder.ToTable("Promotions");
        builder.Property(p => p.Name).HasMaxLength(Promotion.NameMaxLength);
        builder.Property(p => p.Percent).HasPrecision(5, 2);
        builder.HasIndex(p => new { p.Active, p.EndsUtc });
    }
}
