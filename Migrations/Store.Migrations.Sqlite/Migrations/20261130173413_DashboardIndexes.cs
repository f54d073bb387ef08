using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Store.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SalesHours_Status_HourUtc_Orders_Total_PaidOrders",
                table: "SalesHours",
                columns: new[] { "Status", "HourUtc", "Orders", "Total", "PaidOrders" });

            migrationBuilder.CreateIndex(
                name: "IX_ProductSalesDays_ProductId_DayUtc_Units_Revenue_Name",
                table: "ProductSalesDays",
                columns: new[] { "ProductId", "DayUtc", "Units", "Revenue", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SalesHours_Status_HourUtc_Orders_Total_PaidOrders",
                table: "SalesHours");

            migrationBuilder.DropIndex(
                name: "IX_ProductSalesDays_ProductId_DayUtc_Units_Revenue_Name",
                table: "ProductSalesDays");
        }
    }
}
