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
import io.hirestage.audit.AuditEntry;
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
        grid.addColumn(AuditEntry::actor).setHeader("Who").setSortProperty("actor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::entityType).setHeader("What").setSortProperty("entityType").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::entityId).setHeader("Which").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader("Action").setSortProperty("action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::summary).setHeader("Summary").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(pageable -> auditLog.search(currentFilter(), pageable).getContent());
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(actor, entityType, action, text, from, to);
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
