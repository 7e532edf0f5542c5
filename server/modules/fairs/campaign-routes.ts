import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses } from '../../platform/http/schemas.js';
import { createCampaign, getCampaign, listCampaigns, updateCampaign } from './campaign-service.js';
import { CampaignInput, CampaignListQuery, CampaignView } from './campaign-schema.js';

const tags = ['fairs'];

/** 专项活动: list, create, view and edit campaigns (their numbers come from the fair statistics). */
export async function campaignRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/fairs/campaigns', { schema: { tags, summary: '专项活动列表（主办单位在辖区内或为上级单位）', querystring: CampaignListQuery, response: responses({ 200: Page(CampaignView) }) } }, (req) =>
    listCampaigns(deps, contextFor(req, 'fair.view'), req.query),
  );
  r.post('/api/fairs/campaigns', { schema: { tags, summary: '创建专项活动', body: CampaignInput, response: responses({ 200: CampaignView }) } }, (req) =>
    createCampaign(deps, contextFor(req, 'fair.manage'), req.body),
  );
  r.get('/api/fairs/campaigns/:id', { schema: { tags, summary: '专项活动详情', params: IdParams, response: responses({ 200: CampaignView }) } }, (req) =>
    getCampaign(deps, contextFor(req, 'fair.view'), req.params.id),
  );
  r.put('/api/fairs/campaigns/:id', { schema: { tags, summary: '修改专项活动', params: IdParams, body: CampaignInput, response: responses({ 200: CampaignView }) } }, (req) =>
    updateCampaign(deps, contextFor(req, 'fair.manage'), req.params.id, req.body),
  );
}
