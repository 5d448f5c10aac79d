/**
 * What ra-language-italian 3.13 (react-admin 3 era) lacks for react-admin 5, and the few entries it
 * gets wrong (English leftovers, a typo, titles showing the id instead of the record's name).
 * Merged over it in ./it.ts.
 */
export const raItalianCompletion = {
  ra: {
    action: {
      clear_array_input: "Svuota l'elenco",
      create_item: 'Crea %{item}',
      delete: 'Elimina',
      remove_all_filters: 'Rimuovi tutti i filtri',
      reset: 'Reimposta',
      search_columns: 'Cerca colonne',
      select_all: 'Seleziona tutto',
      select_all_button: 'Seleziona tutto',
      select_row: 'Seleziona questa riga',
      update: 'Aggiorna',
      move_up: 'Sposta su',
      move_down: 'Sposta giù',
      open: 'Apri',
      toggle_theme: 'Tema chiaro/scuro',
      select_columns: 'Colonne',
      update_application: "Ricarica l'applicazione",
    },
    boolean: { true: 'Sì' },
    page: {
      edit: '%{name} %{recordRepresentation}',
      show: '%{name} %{recordRepresentation}',
      empty: 'Ancora nessun elemento in %{name}.',
      access_denied: 'Accesso negato',
      authentication_error: 'Errore di autenticazione',
    },
    input: {
      password: {
        toggle_visible: 'Nascondi la password',
        toggle_hidden: 'Mostra la password',
      },
    },
    message: {
      access_denied: 'Non hai i permessi per accedere a questa pagina',
      are_you_sure: 'Sei sicuro?',
      authentication_error: 'Il server di autenticazione ha risposto con un errore: impossibile verificare le credenziali.',
      auth_error: 'Errore nella verifica del token di accesso.',
      bulk_delete_content:
        'Vuoi davvero eliminare questo elemento? |||| Vuoi davvero eliminare questi %{smart_count} elementi?',
      bulk_delete_title: 'Elimina %{name} |||| Elimina %{smart_count} elementi',
      bulk_update_content:
        'Vuoi davvero aggiornare %{name} %{recordRepresentation}? |||| Vuoi davvero aggiornare questi %{smart_count} elementi?',
      bulk_update_title: 'Aggiorna %{name} %{recordRepresentation} |||| Aggiorna %{smart_count} elementi',
      clear_array_input: "Vuoi davvero svuotare l'intero elenco?",
      delete_content: 'Vuoi davvero eliminare questo elemento?',
      delete_title: 'Elimina %{name} %{recordRepresentation}',
      error: 'Si è verificato un errore e la richiesta non è stata completata.',
      select_all_limit_reached:
        'Gli elementi sono troppi per selezionarli tutti: sono stati selezionati solo i primi %{max}.',
      yes: 'Sì',
      placeholder_data_warning: 'Problema di rete: aggiornamento dei dati non riuscito.',
    },
    navigation: {
      clear_filters: 'Rimuovi i filtri',
      no_filtered_results: 'Nessun risultato in %{name} con i filtri attuali.',
      no_results: 'Nessun risultato in %{name}',
      partial_page_range_info: '%{offsetBegin}-%{offsetEnd} di oltre %{offsetEnd}',
      current_page: 'Pagina %{page}',
      page: 'Vai alla pagina %{page}',
      first: 'Vai alla prima pagina',
      last: "Vai all'ultima pagina",
      next: 'Pagina successiva',
      previous: 'Pagina precedente',
      page_rows_per_page: 'Righe per pagina:',
    },
    sort: {
      sort_by: 'Ordina per %{field_lower_first} %{order}',
      ASC: 'crescente',
    },
    auth: {
      email: 'Email',
      sign_in: 'Accedi',
      logout: 'Esci',
    },
    notification: {
      updated: 'Elemento aggiornato |||| %{smart_count} elementi aggiornati',
      created: 'Elemento creato',
      deleted: 'Elemento eliminato |||| %{smart_count} elementi eliminati',
      bad_item: 'Elemento non valido',
      item_doesnt_exist: "L'elemento non esiste",
      not_authorized: 'Non sei autorizzato ad accedere a questa risorsa.',
      application_update_available: 'È disponibile una nuova versione.',
      offline: 'Nessuna connessione: impossibile caricare i dati.',
    },
    validation: {
      unique: 'Deve essere unico',
    },
    saved_queries: {
      label: 'Ricerche salvate',
      query_name: 'Nome della ricerca',
      new_label: 'Salva la ricerca attuale...',
      new_dialog_title: 'Salva la ricerca attuale come',
      remove_label: 'Rimuovi la ricerca salvata',
      remove_label_with_name: 'Rimuovi la ricerca "%{name}"',
      remove_dialog_title: 'Rimuovere la ricerca salvata?',
      remove_message: "Vuoi davvero rimuovere questa ricerca dall'elenco delle ricerche salvate?",
      help: 'Filtra l’elenco e salva la ricerca per dopo',
    },
    guesser: {
      empty: {
        title: 'Nessun dato da mostrare',
        message: 'Verifica il data provider',
      },
    },
    configurable: {
      customize: 'Personalizza',
      configureMode: 'Configura questa pagina',
      inspector: {
        title: 'Ispettore',
        content: "Passa sugli elementi dell'interfaccia per configurarli",
        reset: 'Ripristina le impostazioni',
        hideAll: 'Nascondi tutto',
        showAll: 'Mostra tutto',
      },
      Datagrid: {
        title: 'Tabella',
        unlabeled: 'Colonna senza etichetta n. %{column}',
      },
      SimpleForm: {
        title: 'Modulo',
        unlabeled: 'Campo senza etichetta n. %{input}',
      },
      SimpleList: {
        title: 'Elenco',
        primaryText: 'Testo principale',
        secondaryText: 'Testo secondario',
        tertiaryText: 'Testo terziario',
      },
    },
  },
};
