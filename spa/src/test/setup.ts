import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18n from '../i18n';
import { speakZodInOurWords } from '../forms/zodMessages';

// Tests read the German screens, as people do.
void i18n.changeLanguage('de');
speakZodInOurWords();
afterEach(() => cleanup());
