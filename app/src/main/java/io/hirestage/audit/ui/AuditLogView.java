package io.hirestage.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.base.ui.UserTime;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.hirestage.audit.AuditEntry;
import io.hirestage.base.ui.Attachment;
import io.hirestage.base.ui.GridSort;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import io.hirestage.audit.AuditFilter;
import io.hirestage.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;

/** Admin > Audit trail: every recorded change, newest first, filtered in the database. */
@Route("admin/audit")
@PageTitle("Audit trail · Hirestage")
@Menu(order = 120, title = "Audit trail", icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout {

    private final AuditLog auditLog;
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final TextField actor = new TextField("Who");
    private final ComboBox<String> entityType = new ComboBox<>("What");
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final TextField text = new TextField("Contains");
    private final DateTimePicker from = new DateTimePicker("From");
    private final DateTimePicker to = new DateTimePicker("Until");

    public AuditLogView(AuditLog auditLog) {
        this.auditLog = auditLog;
        setSizeFull();

        actor.setPlaceholder("user name");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPlaceholder("id or summary");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        entityType.setItems(auditLog.entityTypes());
        action.setItems(auditLog.actions());
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {actor, entityType, action, text, from, to}) {
            field.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        }
        entityType.setClearButtonVisible(true);
        action.setClearButtonVisible(true);

        grid.addColumn(entry -> UserTime.dateTime(entry.occurredAt())).setHeader("When")
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader("Who").setSortProperty("actor").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(entry -> "User name: " + entry.actor());
        grid.addColumn(AuditEntry::entityType).setHeader("What").setSortProperty("entityType").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::entityName).setHeader("Which").setWidth("14rem").setFlexGrow(0)
                .setTooltipGenerator(entry -> "Id: " + entry.entityId());
        grid.addColumn(AuditEntry::action).setHeader("Action").setSortProperty("action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::summary).setHeader("Summary").setFlexGrow(1);
        grid.addColumn(entry -> entry.changes() == null ? "" : entry.changes()).setHeader("Old → new").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(pageable -> auditLog.search(currentFilter(), pageable).getContent());
        grid.setSizeFull();

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            StringWriter csv = new StringWriter();
            auditLog.exportCsv(currentFilter(), GridSort.of(grid), csv);
            return Attachment.of(event, "audit-trail-" + LocalDate.now() + ".csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        }), "Export CSV");
        export.setId("export-audit");
        export.getElement().setAttribute("title", "The lines the filters find, in this order (up to " + AuditLog.MAX_EXPORT + ")");

        HorizontalLayout filters = new HorizontalLayout(actor, entityType, action, text, from, to, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2("Audit trail"), filters, grid);
    }

    AuditFilter currentFilter() {
        return new AuditFilter(actor.getValue().trim(), entityType.getValue(), action.getValue(), text.getValue(),
                toInstant(from.getValue()), toInstant(to.getValue()));
    }

    private static Instant toInstant(LocalDateTime local) {
        return local == null ? null : UserTime.instant(local);
    }
}
