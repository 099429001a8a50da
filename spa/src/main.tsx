import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './styles.css';
import './i18n';
import { queryClient } from './api/query';
import { speakZodInOurWords } from './forms/zodMessages';
import { AnnouncerProvider } from './components/Announcer';
import { ConfirmProvider } from './components/ConfirmDialog';
import { App } from './App';

speakZodInOurWords();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <QueryClientProvider client={queryClient}>
        <AnnouncerProvider>
          <ConfirmProvider>
            <App />
          </ConfirmProvider>
        </AnnouncerProvider>
      </QueryClientProvider>
    </BrowserRouter>
  </StrictMode>,
);
